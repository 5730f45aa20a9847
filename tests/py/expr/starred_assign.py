# Starred assignment targets collect the remainder into a list.
a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
first, *middle, last = "hello"
print(first, middle, last)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
a, (b, *c) = 1, (2, 3, 4)
print(a, b, c)
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError: not enough values")
def gen():
    yield from range(4)
h, *t = gen()
print(h, t, type(t).__name__)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
[p, *q] = b"ab"
print(p, q)
