# expect: hand-written
# MicroPython (WiPy) specifics: the native layout of a 32-bit ARM, integers that wrap to
# the item size, unpack accepting longer buffers, and ValueError/TypeError for bad input
# (there is no struct.error).
import ustruct
import struct

print(ustruct is struct)
print(hasattr(struct, "error"))

# native sizes and alignment
for fmt in ["l", "L", "P", "@i", "bi", "@bh", "@bq", "@hi3sq", "bxi", "@b3s", "@i0q", "@2bi"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("bi", 1, 2))
print(struct.pack("@bq", 1, -1))
print(struct.pack("P", 0x1234))
print(struct.unpack("@bi", b"\x01\x00\x00\x00\x02\x00\x00\x00"))

# values wrap to the item size
print(struct.pack("<b", 200), struct.pack("<B", 256 + 7), struct.pack("<B", -1))
print(struct.pack("<h", 70000), struct.pack("<H", -2))
print(struct.pack("<i", 2**32 + 5), struct.pack("<I", -1))
print(struct.pack("<q", 2**64 + 3), struct.pack("<Q", -1))

# unpack only needs a big enough buffer
print(struct.unpack("<H", b"\x01\x00\x99"))

# str arguments are their UTF-8 bytes
print(struct.pack("<4s", "\u00e9a"))

def err(f, *args):
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

err(struct.calcsize, "z")
err(struct.calcsize, "<3")
err(struct.pack, "<y", 1)
err(struct.pack, "<f", 1)
err(struct.pack, "<i")
err(struct.pack, "<i", 1, 2)
err(struct.pack, "<i", "x")
err(struct.pack, "<i", None)
err(struct.pack, "<s", 5)
err(struct.unpack, "<i", b"abc")
err(struct.unpack_from, "<i", b"abcd", 1)
err(struct.unpack_from, "<b", b"abcd", -5)
err(struct.unpack, "<i", 5)
err(struct.calcsize, 5)
err(struct.pack_into, "<i", b"abcd", 0, 1)
