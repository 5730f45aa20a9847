# Unary operator special methods: __neg__, __pos__, __invert__, __abs__.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(self.v + 1000)
    def __invert__(self):
        return Num(~self.v)
    def __abs__(self):
        return Num(abs(self.v) * 10)
    def __repr__(self):
        return "Num(%d)" % self.v
n = Num(5)
print(-n, +n, ~n, abs(Num(-3)))
print(-(-n), ~~n, -abs(Num(-2)))
class NoNeg:
    pass
try:
    -NoNeg()
except TypeError:
    print("TypeError: bad operand for unary -")
try:
    ~NoNeg()
except TypeError:
    print("TypeError: bad operand for ~")
