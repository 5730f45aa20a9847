# str subclasses: __new__/__init__, super(), overridden special methods win
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


class Named(str):
    def __new__(cls, value, label):
        o = str.__new__(cls, value)
        o.label = label
        return o

    def __repr__(self):
        return "Named(%s, %s)" % (str.__repr__(self), self.label)


class Init(str):
    def __init__(self, value):
        self.orig_len = len(value)


u = Upper("abc")
print(u, type(u).__name__, u + "d", u.lower(), u == "ABC")
n = Named("x", "lbl")
print(n, repr(n), [n], n.label, n + "y", {n: 1}, str(n), "%r" % (n,), "{!r}".format(n))
i = Init("hello")
print(i, i.orig_len, len(i), i.upper())


class Pretty(str):
    def __str__(self):
        return "<" + str.__str__(self) + ">"


p = Pretty("v")
print(p, str(p), "%s" % p, "{}".format(p), repr(p), p + "w", p.upper(), [p])


class Loud(Upper):
    def hello(self):
        return "hello " + self


class Louder(Loud):
    def hello(self):
        return super().hello() + "!!"


lo = Louder("bob")
print(lo, lo.hello(), type(lo).__name__, isinstance(lo, Upper), isinstance(lo, str), len(lo))
print(lo == "BOB", {lo: 1}["BOB"], lo.split("O"), lo[1], lo * 2)


class NoCase(str):
    def __eq__(self, other):
        return str.lower(self) == str(other).lower()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(str.lower(self))


a = NoCase("Hello")
print(a == "hello", "HELLO" == a, a != "HeLLo", a == "other", a in ["x", "hello"], a in "Hello world")
nd = {NoCase("Key"): 1}
print(nd[NoCase("KEY")], NoCase("key") in nd, hash(a) == hash("hello"))


class Weird(str):
    def __len__(self):
        return 42

    def __getitem__(self, i):
        return "item%s" % (i,)

    def __add__(self, other):
        return "added"

    def __radd__(self, other):
        return "radded"

    def __contains__(self, x):
        return x == "magic"

    def __mul__(self, k):
        return "mul%d" % k

    def __lt__(self, other):
        return True

    def __mod__(self, args):
        return "mod"

    def __iter__(self):
        return iter([1, 2])


w = Weird("ab")
print(len(w), w[0], w[1:], w + "x", "x" + w, "magic" in w, "a" in w, w * 3, w < "a", w % 1)
print(list(w), [c for c in w], bool(Weird("")), str(w), w.upper(), sorted([w, "a"]))


class Plain(str):
    def __getitem__(self, i):
        return "X"


print(list(Plain("ab")), Plain("ab")[0], "".join(Plain("cd")))


class Sized(str):
    def __len__(self):
        return 0


print(bool(Sized("abc")), len(Sized("abc")), Sized("abc").upper())


class Attrs(str):
    kind = "attr"

    @property
    def first(self):
        return self[0]

    @classmethod
    def make(cls, v):
        return cls(v * 2)

    @staticmethod
    def helper(x):
        return x + "?"


at = Attrs.make("q")
print(at, type(at).__name__, at.first, at.kind, Attrs.helper(at), at.helper("z"))
at.kind = "inst"
print(at.kind, Attrs.kind, sorted(at.__dict__.items()))
