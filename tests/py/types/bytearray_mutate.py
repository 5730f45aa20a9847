# bytearray in-place changes: item/slice assignment (resizing), del, append/extend/...
_n = [0]


def t(f):
    _n[0] += 1
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__
    print(_n[0], r)


b = bytearray(b"0123456789")
b[0] = 65
b[-1] = 66
print(b)
b[2:8] = b"x"
print(b, len(b))
b[0:0] = b"ab"
print(b)
b[len(b):] = [67, 68]
print(b)
b[-1:] = bytearray(b"ZZZ")
print(b)
b[1:3] = memoryview(b"mv")
print(b)
b[2:2] = range(48, 51)
print(b)
b[:] = b
print(b)
b[2:4] = b[0:6]
print(b)
b[::2] = b"\x00" * len(b[::2])
print(b)
b[::-1] = b[:]
print(b)
b[1::3] = bytes(len(b[1::3]))
print(b)
b[5:2] = b"in"
print(b)
b[1:3] = b""
print(b)
del b[1:3]
print(b)
del b[-2:]
print(b)
del b[::3]
print(b)
del b[::-2]
print(b)
del b[-1]
print(b)
del b[0]
print(b)
del b[5:1]
print(b)
del b[:]
print(b, len(b))

b = bytearray(b"abc")
b += b"de"
b += bytearray(b"f")
b += memoryview(b"g")
print(b)
alias = b
alias += b"!"
print(alias is b, b)
b *= 2
print(alias is b, b)
b *= 0
print(b, alias is b)

b = bytearray()
b.append(1)
b.append(True)
b.append(255)
b.extend(b"ab")
b.extend(bytearray(b"c"))
b.extend([49, 50])
b.extend(range(65, 68))
b.extend(x for x in [70])
b.extend(memoryview(b"m"))
print(b, len(b))
print(b.pop(), b.pop(-1), b.pop(1), b.pop(0), b)
b.insert(0, 48)
b.insert(-1, 49)
b.insert(100, 50)
b.insert(-100, 51)
b.insert(2, True)
print(b)
b.remove(98)
print(b)
b.reverse()
print(b)
c = b.copy()
c[0] = 0
print(b, c, c is b)
print(b.clear(), b, len(b))


def itermut():
    x = bytearray(b"ab")
    out = []
    for c in x:
        out.append(c)
        if len(x) < 4:
            x.append(c + 1)
    return out


t(itermut)

# errors


def seti(i, v):
    x = bytearray(b"abc")
    x[i] = v
    return x


def deli(i):
    x = bytearray(b"abcdef")
    del x[i]
    return x


t(lambda: seti(0, 256))
t(lambda: seti(0, -1))
t(lambda: seti(3, 1))
t(lambda: seti(-4, 1))
t(lambda: seti(-1, 1))
t(lambda: seti(0, b"a"))
t(lambda: seti(0, "a"))
t(lambda: seti("a", 1))
t(lambda: seti(slice(0, 1), 5))
t(lambda: seti(slice(0, 1), "a"))
t(lambda: seti(slice(0, 1), None))
t(lambda: seti(slice(0, 1), [1, 300]))
t(lambda: seti(slice(0, 1), ["a"]))
t(lambda: seti(slice(0, 3, 2), b"xy"))
t(lambda: seti(slice(0, 3, 2), b"xyz"))
t(lambda: seti(slice(None, None, -1), b"xyz"))
t(lambda: seti(slice(None, None, -1), b"xy"))
t(lambda: seti(slice(1, 1, 2), b""))
t(lambda: seti(slice(0, 1, 0), b""))
t(lambda: deli(6))
t(lambda: deli(-7))
t(lambda: deli(slice(None, None, -2)))
t(lambda: deli(slice(4, 1)))
t(lambda: deli("x"))
t(lambda: bytearray().pop())
t(lambda: bytearray(b"a").pop(1))
t(lambda: bytearray(b"a").pop("x"))
t(lambda: bytearray(b"a").append(256))
t(lambda: bytearray(b"a").append(-1))
t(lambda: bytearray(b"a").append("a"))
t(lambda: bytearray(b"a").append(b"a"))
t(lambda: bytearray(b"a").append())
t(lambda: bytearray(b"a").extend(1))
t(lambda: bytearray(b"a").extend("ab"))
t(lambda: bytearray(b"a").extend([300]))
t(lambda: bytearray(b"a").extend(None))
t(lambda: bytearray(b"a").remove(5))
t(lambda: bytearray(b"a").remove(500))
t(lambda: bytearray(b"a").insert(0, 300))
t(lambda: bytearray(b"a").insert("0", 1))
t(lambda: bytearray(b"a").insert(0))
t(lambda: bytearray(b"a").reverse(1))


def bad_iadd():
    x = bytearray(b"a")
    x += [1]
    return x


def bad_imul():
    x = bytearray(b"a")
    x *= b"a"
    return x


t(bad_iadd)
t(bad_imul)
t(lambda: hash(bytearray()))
t(lambda: {bytearray(b"k"): 1})
t(lambda: {bytearray(b"k")})
