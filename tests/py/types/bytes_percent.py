# printf-style formatting of bytes and bytearray (no floats).
_n = [0]


def t(f):
    _n[0] += 1
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__
    print(_n[0], r)


t(lambda: b"%s|%5s|%-5s|%.1s|%5.2s|" % (b"ab", b"cd", bytearray(b"ef"), memoryview(b"gh"), b"xyz"))
t(lambda: b"%b and %s" % (b"b", bytearray(b"s")))
t(lambda: b"%d %i %u %x %X %o" % (1, -2, 3, 255, 255, 8))
t(lambda: b"%05d|%+d|% d|%-4d|%#x|%#o|%#X|%.3d|%6.3d" % (42, 5, 5, 7, 255, 8, 255, 7, -7))
t(lambda: b"%d" % (10**20))
t(lambda: b"%x" % (-255))
t(lambda: b"%d %d" % (True, False))
t(lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
t(lambda: b"%3c|%-3c|" % (97, 98))
t(lambda: b"%c" % 256)
t(lambda: b"%c" % -1)
t(lambda: b"%c" % "a")
t(lambda: b"%c" % b"ab")
t(lambda: b"%r %a" % (b"x'", "\xe9\u20ac"))
t(lambda: b"%r" % [1, b"2"])
t(lambda: b"%(a)s-%(b)d-%(a)s" % {b"a": b"A", b"b": 2})
t(lambda: b"%(a)s" % {"a": b"A"})
t(lambda: b"%(a)s" % (1,))
t(lambda: b"%*d|%-*d|%.*s|" % (4, 1, 3, 2, 1, b"xyz"))
t(lambda: b"%*d|" % (-4, 1))
t(lambda: b"%%|%s%%" % b"x")
t(lambda: b"no args" % ())
t(lambda: b"%s" % b"single")
t(lambda: b"%s" % (b"tuple",))
t(lambda: b"%s" % bytearray(b"ba"))
t(lambda: bytearray(b"%d-%s") % (5, b"x"))
t(lambda: type(bytearray(b"%d") % 5).__name__)
# errors
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"no args" % 5)
t(lambda: b"%s" % "str")
t(lambda: b"%s" % 1)
t(lambda: b"%s" % [1])
t(lambda: b"%d" % b"x")
t(lambda: b"%x" % "a")
t(lambda: b"%q" % 1)
t(lambda: b"abc%" % ())
t(lambda: b"%(a" % {b"a": 1})
t(lambda: b"%(a)s" % 1)
t(lambda: b"%*d" % (b"x", 1))


class WithBytes:
    def __bytes__(self):
        return b"<wb>"


t(lambda: b"[%s]" % WithBytes())
