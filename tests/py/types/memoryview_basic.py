# memoryview over bytes and bytearray: no-copy slices that write through.
_n = [0]


def t(f):
    _n[0] += 1
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__
    print(_n[0], r)


ba = bytearray(b"abcdef")
mv = memoryview(ba)
t(lambda: (len(mv), mv[0], mv[-1], mv[True], bytes(mv[1:3]), mv[1:3].tobytes(), mv.tolist()))
t(lambda: (len(mv[4:]), len(mv[10:]), len(mv[-2:]), mv[3:1].tobytes(), bytes(mv[:]), mv[::1].tobytes()))
t(lambda: mv[6])
t(lambda: mv[-7])
t(lambda: mv["x"])
t(lambda: (mv.readonly, mv.itemsize, mv.nbytes, mv.format, mv.ndim, mv.shape, mv.strides, mv.obj is ba))
t(lambda: (type(mv).__name__, type(mv[1:]).__name__, isinstance(mv, memoryview)))

m2 = mv[2:5]
m2[0] = 122
m2[1:3] = b"YZ"
ba[4] = 33
print(ba, bytes(m2), m2.tolist(), len(m2), m2[-1])
m3 = m2[1:]
m3[0] = 63
print(ba, bytes(m3), bytes(mv))
mv[:] = b"ABCDEF"
print(ba)
mv[0:2] = bytearray(b"12")
mv[4:6] = memoryview(b"56")
mv[2:4] = mv[0:2]
print(ba)
ba[0] = 0
print(mv[0], m2[0], m3.tobytes())
t(lambda: mv.__setitem__(0, 256))
t(lambda: mv.__setitem__(0, b"a"))
t(lambda: mv.__setitem__(6, 1))
t(lambda: mv.__setitem__(slice(0, 2), b"abc"))
t(lambda: mv.__setitem__(slice(0, 2), b"a"))
t(lambda: mv.__setitem__(slice(0, 2), 5))
t(lambda: mv.__setitem__(slice(0, 2), "ab"))

mb = memoryview(b"xyz")
t(lambda: (mb.readonly, mb[0], bytes(mb[1:]), list(mb), 121 in mb, 0 in mb))
t(lambda: mb.__setitem__(0, 1))
t(lambda: mb.__setitem__(slice(0, 1), b"a"))
t(lambda: (memoryview(b"ab") == b"ab", b"ab" == memoryview(b"ab"), memoryview(b"ab") == bytearray(b"ab")))
t(lambda: (memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"ab") != b"ab", memoryview(b"ab") != b"ac"))
t(lambda: (memoryview(b"ab") == "ab", memoryview(b"ab") == 1, memoryview(b"ab") == [97, 98]))
t(lambda: memoryview(b"ab") < b"b")
t(lambda: hash(memoryview(b"ab")) == hash(b"ab"))
t(lambda: {memoryview(b"ab"): 1}[b"ab"])
t(lambda: hash(memoryview(bytearray(b"ab"))))
t(lambda: (bytes(memoryview(b"abc")[1:]), bytearray(memoryview(b"abc")[:2]), b"-" + memoryview(b"m")))
t(lambda: (memoryview(memoryview(b"abc"))[1], memoryview(memoryview(b"abc")[1:])[0]))
t(lambda: (memoryview(b"").tobytes(), len(memoryview(b"")), memoryview(b"").tolist(), list(memoryview(bytearray()))))
t(lambda: (memoryview(b"\x00\xff").hex(), b"x".join([memoryview(b"a"), memoryview(b"b")])))
t(lambda: (b"bc" in b"abcd", memoryview(b"bc") in b"abcd", b"abcd".find(memoryview(b"c"))))
t(lambda: memoryview("ab"))
t(lambda: memoryview(1))
t(lambda: memoryview([1]))
t(lambda: memoryview())
t(lambda: memoryview(b"a", b"b"))
t(lambda: memoryview(object=b"kw")[0])
t(lambda: memoryview(b"ab").tobytes() is not None)


def released():
    m = memoryview(b"abc")
    m.release()
    m.release()
    for f in (lambda: len(m), lambda: m[0], lambda: m[1:], lambda: bytes(m), lambda: m.tobytes(), lambda: m == b"abc"):
        try:
            print(f())
        except ValueError:
            print("ValueError")
    with memoryview(bytearray(b"x")) as m4:
        m4[0] = 65
        print(m4[0], bytes(m4))
    try:
        m4[0]
    except ValueError:
        print("ValueError")


released()


def grow():
    b = bytearray(b"abc")
    m = memoryview(b)
    b[0] = 120
    return bytes(m), len(m)


t(grow)
