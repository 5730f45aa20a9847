# str subclasses with mixins, keyword construction, __init__ chains, __str__ returning one
class Mixin:
    def tag(self):
        return "<" + self + ">"


class Front(Mixin, str):
    pass


class Back(str, Mixin):
    pass


for C in (Front, Back):
    o = C("ab")
    print(C.__name__, o.tag(), len(o), o.upper(), list(o), {o: 1}, {o: 1}["ab"], "ab" in {o})
    print(hash(o) == hash("ab"), o == "ab", o + "c", o[1], isinstance(o, Mixin), isinstance(o, str))


class IntMixed(Mixin, int):
    pass


print({IntMixed(3): "three"}[3], IntMixed(3) + 1, 3 in {IntMixed(3)})


class Kw(str):
    pass


print(Kw(object="x"), type(Kw(object="y")).__name__, Kw(b"hi", encoding="utf-8"), str.__new__(Kw, object="z"))


class Base(str):
    def __init__(self, value):
        super().__init__()
        self.n = len(value)


class Child(Base):
    def __init__(self, value, extra=0):
        super().__init__(value)
        self.extra = extra

    def __new__(cls, value, extra=0):
        return super().__new__(cls, value * 2)


c = Child("ab", 5)
print(c, c.n, c.extra, len(c), type(c).__name__, isinstance(c, Base), c.upper())


class Wrapper:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return Kw(self.v)

    def __repr__(self):
        return Kw("W" + self.v)


w = Wrapper("inside")
print(w, str(w), type(str(w)).__name__, repr(w), [w], "%s %r" % (w, w))
try:
    object.__new__(Kw)
except TypeError:
    print("object.__new__ TypeError")


class Acc(str):
    def __add__(self, other):
        return Acc(str.__add__(self, other) + "+")


a = Acc("x")
a += "y"
a += "z"
print(a, type(a).__name__, a + "", "q" + a, type("q" + a).__name__)
k = Kw(w)
print(k, type(k).__name__, len(k), k == "inside", Kw(Kw("nested")), type(Kw(Kw("n"))).__name__)
