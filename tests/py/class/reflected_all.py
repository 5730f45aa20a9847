# Every binary operator's reflected method (__rXXX__) is tried when the left operand returns NotImplemented.
class R:
    def __init__(self, name):
        self.name = name
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"]
def make(op):
    def direct(self, other):
        return "%s.__%s__(%r)" % (self.name, op, other)
    def reflected(self, other):
        return "%s.__r%s__(%r)" % (self.name, op, other)
    return direct, reflected
for op in names:
    d, r = make(op)
    setattr(R, "__%s__" % op, d)
    setattr(R, "__r%s__" % op, r)
x = R("x")
print(x + 1, x - 1, x * 1, x / 1, x // 1, x % 1)
print(x ** 1, x << 1, x >> 1, x & 1, x | 1, x ^ 1)
print(1 + x, 1 - x, 1 * x, 1 / x, 1 // x, 1 % x)
print(1 ** x, 1 << x, 1 >> x, 1 & x, 1 | x, 1 ^ x)
print("s" + x, [1] * x, (1,) + x)
class NotImpl:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "NotImpl.__radd__"
print(5 + NotImpl(), [] + NotImpl())
class Cmp:
    def __lt__(self, other):
        print("Cmp.__lt__", other)
        return True
    def __gt__(self, other):
        print("Cmp.__gt__", other)
        return False
    def __le__(self, other):
        print("Cmp.__le__", other)
        return True
    def __ge__(self, other):
        print("Cmp.__ge__", other)
        return False
    def __eq__(self, other):
        print("Cmp.__eq__", other)
        return True
c = Cmp()
print(c < 1, c > 1, c <= 1, c >= 1, c == 1)
print(1 < c, 1 > c, 1 <= c, 1 >= c, 1 == c)
class Raw:
    def __lt__(self, other):
        return "raw lt"
    def __gt__(self, other):
        return ["raw gt"]
    def __le__(self, other):
        return 0
    def __ge__(self, other):
        return None
print(Raw() < 1, Raw() > 1, Raw() <= 1, Raw() >= 1)
class Neither:
    pass
for f in [lambda: Neither() + 1, lambda: 1 - Neither(), lambda: Neither() < Neither()]:
    try:
        f()
    except TypeError:
        print("TypeError")
