# The exception type each failing builtin operation raises (MicroPython and CPython agree on these).
tests = [
    lambda: None(), lambda: 1(), lambda: "a" + 1, lambda: 1 + "a", lambda: [] + (), lambda: {} + {},
    lambda: len(5), lambda: iter(5), lambda: next([]), lambda: [][0], lambda: {}[1], lambda: "abc"[10],
    lambda: int("x"), lambda: object().x, lambda: setattr(object(), "x", 1), lambda: (1, 2)[0:1].x,
    lambda: hash([]), lambda: {[]: 1}, lambda: sorted([1, "a"]), lambda: [1, 2] < ["a"], lambda: -"a",
    lambda: ~[], lambda: abs("x"), lambda: divmod(1, 0), lambda: 1 << -1, lambda: 1 // 0,
    lambda: "a" * "b", lambda: [1] * "2", lambda: chr(-1), lambda: ord("ab"),
    lambda: range(1, 2, 0), lambda: list(range(3))[1:2:0], lambda: "x".join([1]), lambda: "{}".format(),
    lambda: "{0}{1}".format(1), lambda: "%d" % "x", lambda: int(None), lambda: [].index(1), lambda: ().index(1),
    lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: set().pop(), lambda: {}.popitem(), lambda: [].pop(),
    lambda: (lambda x: x)(), lambda: (lambda: 1)(2), lambda: (lambda *, k: k)(), 
    lambda: memoryview(1), lambda: getattr(1, 2),
    lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: type("X", 1, 2),
    lambda: min(), lambda: max([]), lambda: sum(["a"]), lambda: zip(1), lambda: enumerate(1), lambda: map(1, 1).__next__(),
    lambda: exec(1), lambda: eval("1 +"), lambda: __import__("nonexistent_mod"),
    lambda: (_ for _ in ()).throw(ValueError), lambda: iter(lambda: 1, None).__next__() if False else next(iter([]))
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, "ImportError" if isinstance(e, ImportError) else type(e).__name__)
