# List operators: concatenation, repetition, identity of nested references, indexing, equality.
a = [1, 2]
b = a + [3]
print(a, b, a * 2, [0] * 0, [0] * -1)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
fresh = [[0] for _ in range(3)]
fresh[0].append(1)
print(fresh)
print(a[-1], a[0])
a[0] = "x"
a[-1] = "y"
print(a)
try:
    a[5] = 1
except IndexError:
    print("IndexError")
try:
    [] + ()
except TypeError:
    print("TypeError: list + tuple")
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])
l = [3, 1, 2]
print(len(l), min(l), max(l), sum(l), sorted(l), l)
print(list("ab") + list(range(2)), list((1, 2)))
c = [1, 2, 3]
c[1] = c
print(len(c), c[1] is c)
