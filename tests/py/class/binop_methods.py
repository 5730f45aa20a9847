# Binary operator special methods on a user class: arithmetic, bitwise and shifts.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(%r)" % (self.x,)
    def __add__(self, o): return V(self.x + o.x)
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, o): return V(self.x * (o.x if isinstance(o, V) else o))
    def __floordiv__(self, o): return V(self.x // o.x)
    def __mod__(self, o): return V(self.x % o.x)
    def __pow__(self, o): return V(self.x ** o.x)
    def __and__(self, o): return V(self.x & o.x)
    def __or__(self, o): return V(self.x | o.x)
    def __xor__(self, o): return V(self.x ^ o.x)
    def __lshift__(self, o): return V(self.x << o.x)
    def __rshift__(self, o): return V(self.x >> o.x)
a, b = V(12), V(5)
print(a + b, a - b, a * b, a * 3, a // b, a % b, b ** V(3))
print(a & b, a | b, a ^ b, a << V(2), a >> V(2))
print(a + b + V(100), (a - b) * V(2))
class Str:
    def __init__(self, s):
        self.s = s
    def __add__(self, other):
        return "Str+" + str(other)
print(Str("a") + 5, Str("a") + "x")
try:
    V(1) + 1
except AttributeError:
    print("AttributeError inside __add__")
try:
    Str("a") - 1
except TypeError:
    print("TypeError: no __sub__")
class Only:
    pass
try:
    Only() + Only()
except TypeError:
    print("TypeError: no __add__")
