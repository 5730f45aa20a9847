# bytes() and bytearray() constructors: every source kind and the errors.
_n = [0]


def t(f):
    _n[0] += 1
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__
    print(_n[0], r)


for make in (bytes, bytearray):
    print(make.__name__)
    t(lambda: make())
    t(lambda: make(0))
    t(lambda: make(3))
    t(lambda: make(True))
    t(lambda: make([65, 66, 0, 255]))
    t(lambda: make((1, 2)))
    t(lambda: make(range(250, 256)))
    t(lambda: make(x * 2 for x in range(4)))
    t(lambda: make({7}))
    t(lambda: make([True, False]))
    t(lambda: make(b"ab"))
    t(lambda: make(bytearray(b"cd")))
    t(lambda: make(memoryview(b"ef")))
    t(lambda: make(memoryview(bytearray(b"ghij"))[1:3]))
    t(lambda: make("abc", "utf-8"))
    t(lambda: make("h\xe9", "utf-8"))
    t(lambda: make("abc", "ascii"))
    t(lambda: make("h\xe9", "latin-1"))
    t(lambda: make("\u20ac", "utf8"))
    t(lambda: make(source=b"kw"))
    t(lambda: make("kw", encoding="utf-8"))
    t(lambda: make("kw", "utf-8", "strict"))
    # errors
    t(lambda: make(-1))
    t(lambda: make(10**12))
    t(lambda: make(10**30))
    t(lambda: make(-10**30))
    t(lambda: make([256]))
    t(lambda: make([-1]))
    t(lambda: make([10**30]))
    t(lambda: make(["a"]))
    t(lambda: make([b"a"]))
    t(lambda: make("abc"))
    t(lambda: make(None))
    t(lambda: make(object()))
    t(lambda: make(1, "utf-8"))
    t(lambda: make(b"a", "utf-8"))
    t(lambda: make("a", 1))
    t(lambda: make("a", "no-such-codec"))
    t(lambda: make(1, 2, 3, 4))
    t(lambda: make(nope=1))
    t(lambda: make.fromhex("41 42\n43"))
    t(lambda: make.fromhex(""))
    t(lambda: make.fromhex("0a0B ff"))
    t(lambda: make.fromhex("414"))
    t(lambda: make.fromhex("4 1"))
    t(lambda: make.fromhex("zz"))
    t(lambda: make.fromhex(12))


class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"


t(lambda: bytes(WithBytes()))
t(lambda: type(bytearray.fromhex("00")).__name__)
t(lambda: bytes(b"x") == b"x")
t(lambda: bytes(bytearray(5)))
t(lambda: len(bytearray(1000)))
