# hash() of ints, bools, tuples of ints and None-free immutables; unhashable types raise TypeError.
for v in [0, 1, 2, 100, 12345, -2, -100]:
    print(v, hash(v) == v)
print(hash(True), hash(False), hash(True) == hash(1))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash(2 ** 80) == hash(2 ** 80), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(type(hash("s")).__name__, type(hash(b"b")).__name__, type(hash(None)).__name__)
print(hash("abc") == hash("ab" + "c"), hash(b"x") == hash(b"x"))
for bad in [[1], {1: 2}, {1}, bytearray(b"a"), ([1], 2)]:
    try:
        hash(bad)
        print("hashable", type(bad).__name__)
    except TypeError:
        print("TypeError", type(bad).__name__)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v * 2
print(hash(H(21)), hash(H(0)))
class Default:
    pass
d = Default()
print(hash(d) == hash(d))
