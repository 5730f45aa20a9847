# len() of every sized builtin type and of user classes with __len__; errors for unsized values.
print(len(""), len("abc"), len("\u00e9\u20ac"), len(b"ab"), len(bytearray(3)), len(memoryview(b"abcd")))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({1: 2, 3: 4}))
print(len(set()), len({1, 2, 2}), len(frozenset("hello")), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len(range(10, 0, -2)), len(range(-5, 5)), len(range(2 ** 20)))
d = {"a": 1, "b": 2}
print(len(d.keys()), len(d.values()), len(d.items()))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(0)), len(Sized(7)))
for i, bad in enumerate([5, None, iter([1]), (x for x in [1]), len]):
    try:
        len(bad)
    except TypeError:
        print("TypeError", i)
class L(list):
    pass
print(len(L([1, 2, 3])))
