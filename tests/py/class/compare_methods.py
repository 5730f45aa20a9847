# Rich comparison methods, used directly, by sorted/min/max, and != derived from __eq__.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)
a, b, c = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(a == c, a != c, a == b, a != b)
print(a < b, a <= c, a > b, b >= a)
print(sorted([Ver(2), Ver(1, 5), Ver(1), Ver(1, 0, 1)]))
print(min(b, a), max([a, b, c]))
print(a < b < Ver(2))
class Always:
    def __eq__(self, o):
        return True
print(Always() == 1, Always() != 1, Always() == "x")
class NoCmp:
    pass
x = NoCmp()
print(x == x, x == NoCmp(), x != NoCmp())
try:
    x < NoCmp()
except TypeError:
    print("TypeError: no ordering")
