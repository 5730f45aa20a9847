# Nested with statements: exit order, exceptions passed to each __exit__, inner suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val.args if val else None)
        return self.suppress
with CM("outer") as a:
    with CM("inner") as b:
        print("body", a, b)
with CM("outer"):
    with CM("inner", suppress=True):
        raise ValueError("inner error")
    print("after inner block")
try:
    with CM("outer"):
        with CM("inner"):
            raise KeyError("k")
except KeyError as e:
    print("caught", e.args)
with CM("outer", suppress=True):
    with CM("inner"):
        raise TypeError("t")
print("outer suppressed")
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("ExitRaises sees", exc[0].__name__ if exc[0] else None)
        raise RuntimeError("from __exit__")
try:
    with CM("outer"):
        with ExitRaises():
            raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError replaced it:", e.args)
def gen_with():
    with CM("in generator"):
        yield 1
        yield 2
print(list(gen_with()))
with CM("a") as x, CM("b") as y, CM("c") as z:
    print(x, y, z)
