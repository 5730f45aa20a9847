# Reflected operators (__radd__ etc.) are used when the left operand can't handle the operation.
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, N):
            return N(self.v + o.v)
        if isinstance(o, int):
            return N(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return N(o + self.v)
    def __rsub__(self, o):
        return N(o - self.v)
    def __rmul__(self, o):
        return N(o * self.v)
    def __repr__(self):
        return "N(%d)" % self.v
print(N(1) + N(2))
print(N(1) + 10)
print(10 + N(1))
print(100 - N(1))
print(3 * N(4))
print(sum([N(1), N(2), N(3)]))
try:
    N(1) + "s"
except TypeError:
    print("TypeError: both sides NotImplemented")
class L:
    def __radd__(self, other):
        return "L.radd(%r)" % (other,)
print("s" + L(), 5 + L())
