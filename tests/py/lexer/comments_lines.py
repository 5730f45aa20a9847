# Comments, semicolons, backslash line continuation and implicit joining in brackets.
x = 1; y = 2; z = 3  # three statements
print(x, y, z)
total = x + \
    y + \
    z
print(total)
lst = [
    1,  # one
    2,
    # a comment line inside brackets
    3,
]
print(lst)
d = {'a': 1,
     'b': 2}
print(d)
if x == 1 and \
   y == 2:
    print("joined condition")
def f(a,
      b):
    return a + b  # trailing comment
print(f(1,
        2))
