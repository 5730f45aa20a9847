# Sequence unpacking: nested targets, from any iterable, mismatched lengths raise ValueError.
a, b, c = "xyz"
print(a, b, c)
(a, b), (c, d) = [1, 2], (3, 4)
print(a, b, c, d)
a, b = {"k1": 1, "k2": 2}
print(a, b)
a, b = range(2)
print(a, b)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)
x = 1, 2
a, b = x
print(a, b)
for bad in [[1], [1, 2, 3]]:
    try:
        a, b = bad
    except ValueError:
        print("ValueError", len(bad))
try:
    a, b = 5
except TypeError:
    print("TypeError: int not iterable")
def gen():
    yield "g1"
    yield "g2"
a, b = gen()
print(a, b)
a = b = c = 0
a, b, c = c, a + 1, b + 2
print(a, b, c)
