# expect: hand-written (MicroPython prints an exception's args tuple as a tuple: ValueError('x',); str(KeyError('k')) keeps CPython's quotes here, MicroPython's text is unconfirmed)
print(repr(ValueError("x")), repr(ValueError()), repr(KeyError(1, 2)), repr(Exception("a", "b")))
print(repr(TypeError(5)), repr(StopIteration()), repr(OSError(2)), repr(IndexError("i")))
class MyError(Exception):
    pass
print(repr(MyError("m")), repr(MyError()), [ValueError(1)])
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, e.args)
print(str(OSError(2)), str(OSError(13)), str(OSError(2, "x")), str(OSError(9999)))
print(str(ValueError("one", 2)), str(ValueError(("t",))))
