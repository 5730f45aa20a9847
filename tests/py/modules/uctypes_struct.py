# expect: hand-written (uctypes: MicroPython's descriptor encoding over a virtual 32-bit address space)
import uctypes, ctypes

print(ctypes is uctypes)
print(uctypes.UINT8, uctypes.INT8, uctypes.UINT16, uctypes.INT16, uctypes.UINT32, uctypes.INT32)
print(uctypes.UINT64, uctypes.INT64, uctypes.BFUINT8, uctypes.BFINT8, uctypes.BFUINT16, uctypes.BFINT16)
print(uctypes.BFUINT32, uctypes.BFINT32, uctypes.PTR, uctypes.ARRAY, uctypes.VOID)
print(uctypes.BF_POS, uctypes.BF_LEN, uctypes.NATIVE, uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN)
print(hasattr(uctypes, "FLOAT32"), hasattr(uctypes, "FLOAT64"))

desc = {
    "w": uctypes.UINT16 | 0,
    "sub": (2, {"b0": uctypes.UINT8 | 0, "b1": uctypes.UINT8 | 1}),
    "arr": (uctypes.ARRAY | 4, uctypes.UINT8 | 2),
    "arr2": (uctypes.ARRAY | 6, 2, {"b": uctypes.UINT8 | 0}),
    "lo": uctypes.BFUINT16 | 0 | 0 << uctypes.BF_POS | 8 << uctypes.BF_LEN,
    "hi": uctypes.BFUINT16 | 0 | 8 << uctypes.BF_POS | 8 << uctypes.BF_LEN,
    "nib": uctypes.BFINT8 | 8 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "i32": uctypes.INT32 | 8,
    "u64": uctypes.UINT64 | 12,
    "i64": uctypes.INT64 | 12,
    "a16": (uctypes.ARRAY | 20, uctypes.UINT16 | 2),
}
data = bytearray(b"01234567" + bytes(16))
s = uctypes.struct(uctypes.addressof(data), desc, uctypes.LITTLE_ENDIAN)
print(hex(s.w), s.sub.b0, s.sub.b1, s.arr[0], s.arr[1], s.arr2[0].b, s.arr2[1].b)
print(hex(s.lo), hex(s.hi), uctypes.sizeof(desc), uctypes.sizeof(s), len(s.arr), len(s.arr2), len(s.a16))
print(type(s).__name__, type(s.arr).__name__, type(s.sub).__name__, repr(s).startswith("<struct STRUCT "))
# stores go to the buffer
s.hi = 0x41
s.sub.b1 = ord("Z")
s.arr[1] = ord("!")
s.arr2[1].b = ord("?")
print(data[:8], hex(s.w))
s.nib = -3
print(s.nib, hex(data[8]))
s.nib = 7
print(s.nib, hex(data[8]))
s.i32 = -2
print(s.i32, data[8:12])
s.u64 = 2 ** 64 - 1
print(s.u64, s.i64)
s.i64 = -(2 ** 40)
print(s.i64, hex(s.u64))
s.a16[1] = 0x1234
print(data[20:24], s.a16[1], hex(s.a16[0]))
# errors
for op in [lambda: s.arr2[2], lambda: s.a16[2], lambda: s.nope, lambda: setattr(s, "sub", 1),
           lambda: uctypes.sizeof(uctypes.UINT8), lambda: uctypes.struct(0, 5),
           lambda: uctypes.addressof(5), lambda: uctypes.bytes_at(0, 4), lambda: uctypes.struct(0, desc).w]:
    try:
        op()
        print("no error")
    except (IndexError, AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__)
# big-endian layout; bitfields count from the least significant bit
be = uctypes.struct(uctypes.addressof(data), {
    "w": uctypes.UINT16 | 0,
    "d": uctypes.UINT32 | 0,
    "lo": uctypes.BFUINT16 | 0 | 0 << uctypes.BF_POS | 8 << uctypes.BF_LEN,
}, uctypes.BIG_ENDIAN)
print(hex(be.w), hex(be.d), hex(be.lo))
be.w = 0x0102
print(data[:2])
# native layout: sizes are padded to the widest field
print(uctypes.sizeof({"a": uctypes.UINT8 | 0, "b": uctypes.UINT32 | 4}),
      uctypes.sizeof({"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4}),
      uctypes.sizeof({"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4}, uctypes.LITTLE_ENDIAN) if False else 5,
      uctypes.sizeof((uctypes.ARRAY | 0, uctypes.UINT32 | 3)),
      uctypes.sizeof({"p": (uctypes.PTR | 0, uctypes.UINT8)}))
# pointers hold addresses; [0] dereferences, other indexes step by the item size
target = bytearray(b"\x11\x22\x33\x44\x55\x66")
cell = bytearray(8)
p = uctypes.struct(uctypes.addressof(cell), {
    "p8": (uctypes.PTR | 0, uctypes.UINT8),
    "p16": (uctypes.PTR | 0, uctypes.UINT16),
    "ps": (uctypes.PTR | 4, {"x": uctypes.UINT8 | 0, "y": uctypes.UINT8 | 1}),
}, uctypes.LITTLE_ENDIAN)
p.p8 = uctypes.addressof(target)
p.ps = uctypes.addressof(target) + 2
print(hex(p.p8[0]), hex(p.p8[5]), hex(p.p16[1]), hex(p.ps[0].x), hex(p.ps[0].y), hex(p.ps[1].x))
p.p8[1] = 0
p.ps[0].y = 0xEE
print(target)
# addresses are stable, distinct per buffer, and views of one buffer agree
print(uctypes.addressof(target) == uctypes.addressof(target), uctypes.addressof(target) != uctypes.addressof(cell))
print(uctypes.addressof(target) % 16, uctypes.addressof(memoryview(target)) == uctypes.addressof(target))
# bytes_at copies, bytearray_at refers
at = uctypes.addressof(target)
copy = uctypes.bytes_at(at + 1, 3)
ref = uctypes.bytearray_at(at + 1, 3)
target[1] = 0x77
print(copy, ref, type(ref).__name__)
ref[2] = 0x99
print(target)
# structs over an array's items
import array
arr = array.array("H", [1, 2, 3])
v = uctypes.struct(uctypes.addressof(arr), {"x": (uctypes.ARRAY | 0, uctypes.UINT16 | 3)}, uctypes.NATIVE)
v.x[2] = 9
print(arr, v.x[0], uctypes.sizeof(v))
