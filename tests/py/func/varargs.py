# *args collects extra positional arguments into a tuple.
def f(*args):
    return type(args).__name__, len(args), args
print(f())
print(f(1))
print(f(1, 2, 3))
def g(a, b=0, *rest):
    return a, b, rest
print(g(1), g(1, 2), g(1, 2, 3, 4))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3, 4, 5))
def first_and_rest(first, *rest):
    return first, list(rest)
print(first_and_rest("a", "b", "c"))
print(f(*[1, 2]), f(*"ab"), f(*range(3)))
print(g(*(7, 8, 9, 10)))
def wrapper(*args):
    return total(*args) * 2
print(wrapper(1, 2, 3))
