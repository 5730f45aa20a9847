# subclasses of int hold their value: arithmetic, comparisons, hashing, indexing, __new__
class MyInt(int):
    def double(self):
        return self * 2
class Named(int):
    def __new__(cls, v, name):
        o = super().__new__(cls, v)
        o.name = name
        return o
    def __repr__(self):
        return "Named(%d, %s)" % (int(self), self.name)
m = MyInt(21)
print(m, m.double(), m + m, -m, m // 4, m % 4, m ** 2, m << 1, m & 1, abs(-m), m > 20, 20 < m, m == 21, 21 == m)
print(sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(3), 4), [0, 1, 2][MyInt(1)], list(range(MyInt(3))), bool(MyInt(0)))
print(MyInt("ff", 16), MyInt(), MyInt("12"), isinstance(m, MyInt), isinstance(m, int), type(m).__name__, type(m + 0).__name__)
print(int(m), type(int(m)).__name__, hash(m) == hash(21), {m: "v"}[21], 21 in {m}, str(m), repr(m))
n = Named(5, "five")
print(n, n.name, n + 1, [n], {n: 1}[5], 5 in {n: 0}, n * n, n == 5)
print(int.__new__(int, 7), int.__new__(MyInt, 8).double(), MyInt(2 ** 70) + 1, MyInt(-3) // 2)
try:
    int.__new__(list, 5)
except TypeError:
    print("TypeError")
class Flags(int):
    def has(self, bit):
        return bool(self & bit)
f = Flags(0b101)
print(f.has(1), f.has(2), f.has(4), f | 2, type(f | 2).__name__, hex(f), "%d|{:x}".format(f) % f)
