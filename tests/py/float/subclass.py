# Subclasses of float: construction, arithmetic falls back to float, overrides win.
class F(float):
    pass
class G(float):
    def __add__(self, o):
        return "G.add"
    def __radd__(self, o):
        return "G.radd"
    def __repr__(self):
        return "G(%s)" % float.__repr__(self)
f = F(2.5)
print(f, type(f).__name__, f + 1, type(f + 1).__name__, f * 2, -f, f == 2.5, isinstance(f, float), float(f), type(float(f)).__name__)
g = G("1.5")
print(g, 1 + g, g + 1, 1.0 + g, g * 2, round(g), int(g), str(g))
print(F(), F(3), F("inf"), hash(F(2.0)) == hash(2))
class H(float):
    def __new__(cls, v):
        return float.__new__(cls, v * 2)
    def half(self):
        return self / 2
h = H(5)
print(h, h.half(), type(h).__name__)
try:
    float.__new__(int)
except TypeError:
    print("TypeError")
