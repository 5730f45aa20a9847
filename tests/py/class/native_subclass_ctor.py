# Subclasses of native types: list/dict subclasses with their own __init__, subclasses of
# iterator types built from their arguments, and bases that cannot be subclassed.


class Pair(list):
    def __init__(self, a, b):
        super().__init__([a, b])


p = Pair(4, 5)
print(p, type(p).__name__, len(p))


class KW(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


print(sorted(KW([("x", 1)], y=2).items()))
print(KW(), KW(z=3))


class Empty(list):
    def __init__(self, n):
        self.n = n


e = Empty(3)
print(e, e.n)


class Again(list):
    def refill(self):
        super().__init__(range(2))


a = Again(range(4))
a.refill()
print(a)


class Plus(map):
    pass


print(list(Plus(lambda x: x * 2, [1, 2, 3])))


class Evens(filter):
    def __init__(self, f, it):
        self.tag = "evens"


ev = Evens(lambda x: x % 2 == 0, range(7))
print(list(ev), ev.tag)


def f():
    pass


def g():
    yield


for base in (type(f), type(g()), type(None)):
    try:

        class X(base):
            pass

        print("subclassed", base)
    except TypeError:
        print("TypeError")
