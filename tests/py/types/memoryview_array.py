# memoryview over array.array: items have the array's typecode.
import array

_n = [0]


def t(f):
    _n[0] += 1
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__
    print(_n[0], r)


a = array.array("h", [1, -2, 300])
am = memoryview(a)
t(lambda: (len(am), am[0], am[1], am[2], am[-1], am.itemsize, am.format, am.nbytes, am.readonly, am.tolist()))
t(lambda: (list(am), bytes(am), am.tobytes(), am.shape, am.strides))
am[1] = 1000
s = am[1:]
s[0] = 7
s[1] = -1
print(list(a), s.tolist(), bytes(am[:1]), len(s), s.nbytes)
t(lambda: am[3])
t(lambda: am.__setitem__(0, "x"))
for code, vals in (("b", [-1, 2]), ("B", [1, 255]), ("H", [65535, 0]), ("i", [-100000, 5]), ("I", [4000000000, 1])):
    m = memoryview(array.array(code, vals))
    print(code, len(m), m.itemsize, m.format, m.tolist(), m[1], bytes(m))
m = memoryview(array.array("i", [1, 2, 3]))
m[0:2] = array.array("i", [8, 9])
print(m.tolist())
t(lambda: m.__setitem__(slice(0, 2), array.array("i", [1])))
t(lambda: bytearray(array.array("h", [1, 2])))
t(lambda: bytes(array.array("B", [65, 66])))
t(lambda: memoryview(bytearray(array.array("h", [258])))[1])
