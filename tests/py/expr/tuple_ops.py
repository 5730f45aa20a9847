# Tuples: packing, single-element syntax, concatenation, immutability, hashing as dict keys.
t = 1, 2, 3
print(t, type(t).__name__, (1), (1,), ())
print(t + (4,), t * 2, (0,) * 3, len(t), t[1:])
try:
    t[0] = 9
except TypeError:
    print("TypeError: immutable")
d = {(1, 2): "a", (1, (2, 3)): "b"}
print(d[(1, 2)], d[1, (2, 3)])
print(t.count(2), t.index(3), (1, 1, 1).count(1))
try:
    t.index(99)
except ValueError:
    print("ValueError")
inner = ([1],)
inner[0].append(2)
print(inner)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
print((1, 2) + tuple([3]), max((3, 1, 2)), sorted((3, 1, 2)))
a, b = t[:2]
print(a, b)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2))
