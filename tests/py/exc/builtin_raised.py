# The exception types raised by common builtin operations.
ops = [
    ("list index", lambda: [1][5]),
    ("dict key", lambda: {}["k"]),
    ("div zero", lambda: 1 // 0),
    ("mod zero", lambda: 1 % 0),
    ("int parse", lambda: int("abc")),
    ("add types", lambda: 1 + "a"),
    ("attr", lambda: (1).nope),
    ("name", lambda: undefined_thing),
    ("pop empty", lambda: [].pop()),
    ("remove missing", lambda: [1].remove(2)),
    ("str index", lambda: "abc".index("z")),
    ("next empty", lambda: next(iter([]))),
    ("call int", lambda: 5()),
    ("chr negative", lambda: chr(-1)),
    ("unpack", lambda: [a for a, b in [(1, 2, 3)]]),
    ("tuple item", lambda: (1, 2)[2]),
    ("str item assign", lambda: "ab".__setitem__ if False else ("ab")[5]),
    ("dict unhashable", lambda: {[1]: 2}),
    ("set pop empty", lambda: set().pop()),
    ("len of int", lambda: len(5)),
    ("iter int", lambda: iter(5)),
    ("int base", lambda: int("12", 1)),
    ("getattr", lambda: getattr(object(), "zz")),
    ("import", lambda: __import__("no_such_module_xyz")),
]
for name, op in ops:
    try:
        op()
        print(name, "no error")
    except Exception as e:
        # CPython's ModuleNotFoundError is a subclass of ImportError, MicroPython's error.
        print(name, "ImportError" if isinstance(e, ImportError) else type(e).__name__)
