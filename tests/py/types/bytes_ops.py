# bytes operators: repr, indexing, slicing, +, *, in, comparisons, hashing, iteration.
_n = [0]


def t(f):
    _n[0] += 1
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__
    print(_n[0], r)


# repr quoting rules
t(lambda: b'\x00\n\r\t\'"')
t(lambda: b"'")
t(lambda: b'"')
t(lambda: b"it's")
t(lambda: b'say "hi"')
t(lambda: b"\x7f\x80\xff\\")
t(lambda: bytes(range(32)))
t(lambda: str(b"ab"))
t(lambda: str(bytearray(b"a-b")))
t(lambda: bytearray(b'a"b'))
print(b"printed", bytearray(b"too"))
# indexing and slicing
b = b"hello world"
t(lambda: (b[0], b[-1], b[True], b[4]))
t(lambda: b[11])
t(lambda: b[-12])
t(lambda: b[10**20])
t(lambda: b[str("x")])
t(lambda: b[None])
t(lambda: (b[1:4], b[::2], b[::-1], b[-3:], b[:-3], b[5:1], b[100:], b[-100:2]))
t(lambda: (b[1:10:3], b[10:1:-3], b[::-4], b[None:None]))
t(lambda: b[::0])
t(lambda: b[slice(1, 3)])
t(lambda: (type(b[1:2]).__name__, type(bytearray(b)[1:2]).__name__))
# concatenation and repetition
t(lambda: b + b"!")
t(lambda: b"a" + bytearray(b"b"))
t(lambda: bytearray(b"a") + b"b")
t(lambda: b"a" + memoryview(b"mv"))
t(lambda: b"a" + "b")
t(lambda: "a" + b"b")
t(lambda: b"a" + 1)
t(lambda: b"a" + [1])
t(lambda: (b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2, b"ab" * True, bytearray(b"x") * 2, 2 * bytearray(b"y")))
t(lambda: b"a" * b"a")
t(lambda: b"a" * 10**12)
t(lambda: b"a" * 10**30)
# membership
t(lambda: (b"lo" in b, b"" in b, b"xyz" in b, 104 in b, 1 in b, bytearray(b"wor") in b, memoryview(b"ld") in b))
t(lambda: 256 in b)
t(lambda: -1 in b)
t(lambda: "h" in b)
t(lambda: None in b)
t(lambda: (104 in bytearray(b), b"ell" in bytearray(b)))
# comparisons
t(lambda: (b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"abc" < b"ab", b"ab" <= b"ab", b"b" > b"abc", b"" >= b""))
t(lambda: (b"\x80" > b"\x7f", b"a" < b"aa", b"z" > b"aa"))
t(lambda: (b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", bytearray(b"a") < b"b", b"a" < bytearray(b"b")))
t(lambda: (b"abc" == "abc", b"a" == 97, b"" == None, b"a" != "a"))
t(lambda: b"abc" < "abd")
t(lambda: b"abc" < 1)
t(lambda: sorted([b"b", b"a", b"ab", b"", b"\xff"]))
t(lambda: (min(b"zyx", b"zz"), max([b"a", b"c", b"b"])))
# hashing: equal bytes are the same dict key / set element
t(lambda: hash(b"abc") == hash(bytes(b"abc")))
t(lambda: hash(b"abc") == hash(b"abc"[:]))
t(lambda: {b"a": 1, b"b": 2}[bytes([97])])
t(lambda: {b"": 1, "": 2, 0: 3})
t(lambda: len({b"a", b"a", bytes(b"a"), b"b"}))
t(lambda: dict.fromkeys([b"k", b"k"]))
t(lambda: {(b"t", 1): 5}[(bytes(b"t"), 1)])
t(lambda: b"ab" in {b"ab": 0})
t(lambda: "ab" in {b"ab": 0})
# iteration
t(lambda: list(b"abc"))
t(lambda: [c for c in b"\x00\xff"])
t(lambda: (sum(b"abc"), max(b"abc"), min(b"abc"), len(b"abc"), len(b"")))
t(lambda: tuple(iter(b"xy")))
t(lambda: list(enumerate(b"ab")))
t(lambda: bool(b""))
t(lambda: bool(b"\x00"))
t(lambda: (isinstance(b"", bytes), isinstance(bytearray(), bytes), type(b""), type(bytearray())))
t(lambda: b"a" b"b" b"c")
