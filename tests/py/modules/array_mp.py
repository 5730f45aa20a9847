# expect: hand-written (MicroPython 1.8's array: wrapping stores, raw-byte semantics, buffer protocol)
import array
from array import array as A

# values wrap to the item size; beyond a machine word is an OverflowError
print(A("b", [127, 128, -129]), A("B", [256, -1]), A("h", [40000]), A("H", [-1]))
print(A("i", [2 ** 31]), A("I", [-1]), A("q", [2 ** 63]), A("Q", [-1]))
try:
    A("I", [2 ** 32])
except OverflowError as e:
    print("OverflowError", e)
# empty arrays, repr and truth
print(A("i"), A("B", []), bool(A("i")), bool(A("i", [0])), len(A("H")))
# bytes and bytearray initialise with raw bytes (little-endian items)
print(A("H", b"\x01\x00\x02\x01\xff"), A("i", bytearray(b"\xff\xff\xff\xff")))
# extend, + and += take the raw bytes of any buffer; other iterables item by item
a = A("h", [1])
a.extend(b"\x02\x00")
a.extend(A("b", [3, 0]))
a.extend([4, 5])
a.extend(x for x in (6,))
print(a)
print(A("B", [1]) + b"\x02" + bytearray(b"\x03"), A("h", [1]) + A("b", [2, 0]))
b = A("B", [9])
b += A("B", [8])
print(b)
try:
    A("B") + [1]
except TypeError as e:
    print("TypeError", e)
# == compares raw bytes with any buffer
print(A("B", [1, 2]) == b"\x01\x02", A("h", [1]) == A("b", [1, 0]), A("i", [1]) == A("b", [1]), A("B") == [])
# slice assignment needs an array or bytes of the same item size
c = A("B", [0, 1, 2, 3, 4])
c[1:3] = b"\xaa\xbb\xcc"
print(c)
c[0:2] = A("B", [7])
print(c)
c[1:2] = bytearray(2)
print(c)
for value in [[1, 2], A("h", [1]), "ab"]:
    try:
        c[0:1] = value
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__, e)
# no typecode/itemsize attributes, no float typecodes without float support
print(hasattr(c, "typecode"), hasattr(c, "itemsize"))
for code in ["f", "d", "u", "x", "bb", 5]:
    try:
        A(code)
    except (ValueError, TypeError) as e:
        print(repr(code), type(e).__name__, e)
# the buffer protocol: bytes(), memoryview, files, uctypes see the items' memory
h = A("H", [0x0102, 0x0304])
print(bytes(h), bytearray(h), len(memoryview(h)))
import uctypes
s = uctypes.struct(uctypes.addressof(h), {"lo": uctypes.UINT8 | 0, "w1": uctypes.UINT16 | 2}, uctypes.LITTLE_ENDIAN)
s.w1 = 0xBEEF
print(s.lo, hex(h[1]))
# iteration sees items appended meanwhile; indexes wrap from the end
it = A("i", [1, 2])
out = []
for v in it:
    out.append(v)
    if v == 1:
        it.append(3)
print(out, it[-1], it[-3])
for bad in [lambda: it[3], lambda: it[-4], lambda: it["0"]]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__)
try:
    del it[0]
except TypeError:
    print("TypeError")
