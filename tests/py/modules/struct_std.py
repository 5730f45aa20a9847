try:
    import ustruct as struct
except ImportError:
    import struct

# sizes with standard layouts
for fmt in ["<b", "<B", "<h", "<H", "<i", "<I", "<l", "<L", "<q", "<Q", "<?", "<x", "<s",
            "<5s", "<3x", "<bhiq", ">bhiq", "!HH", "=iq", "<0s", "<2h3b", "< b h", ""]:
    print(repr(fmt), struct.calcsize(fmt))

# little and big endian
print(struct.pack("<h", 1), struct.pack(">h", 1), struct.pack("!h", 1), struct.pack("=h", 1))
print(struct.pack("<i", -2), struct.pack(">i", -2))
print(struct.pack("<I", 4000000000), struct.pack(">I", 4000000000))
print(struct.pack("<q", -(2**63)), struct.pack(">Q", 2**64 - 1))
print(struct.pack("<Q", 2**53 + 1), struct.unpack("<Q", struct.pack("<Q", 2**53 + 1)))
print(struct.pack("<bBhHiIlL", -128, 255, -32768, 65535, -2**31, 2**32 - 1, 7, 8))
print(struct.pack(">3h", 1, 2, 3))
print(struct.pack("<?", True), struct.pack("<?", 0), struct.pack("<?", 5), struct.pack("<?", []))
print(struct.pack("<q", True))

# strings and padding
print(struct.pack("<3s", b"abcdef"), struct.pack("<5s", b"ab"), struct.pack("<0s", b"zz"))
print(struct.pack("<b2xb", 1, 2), struct.pack("<sx", b"q"))
print(struct.unpack("<3s", b"xyz"), struct.unpack("<b2xb", b"\x01\x00\x00\x02"))
print(struct.unpack("<0s", b""))

# unpack
vals = (-1, 2, -3, 4, -5, 6, -(2**40), 2**60)
for order in "<>!=":
    fmt = order + "bBhHiIqQ"
    b = struct.pack(fmt, *vals)
    print(order, b, struct.unpack(fmt, b) == vals)
print(struct.unpack("<I", b"\xff\xff\xff\xff"), struct.unpack("<i", b"\xff\xff\xff\xff"))
print(struct.unpack(">q", b"\x80\x00\x00\x00\x00\x00\x00\x00"))
print(struct.unpack(">Q", b"\x80\x00\x00\x00\x00\x00\x00\x00"))
print(struct.unpack("<??", b"\x00\x01"))
print(struct.unpack("<2H", b"\x01\x00\x02\x00"))
print(struct.unpack("<", b""))

# unpack_from with offsets
data = b"\x00\x01\x02\x03\x04\x05\x06\x07"
print(struct.unpack_from("<H", data))
print(struct.unpack_from("<H", data, 2))
print(struct.unpack_from(">I", data, 4))
print(struct.unpack_from("<H", data, -2))
print(struct.unpack_from("<b", data, 7))
print(struct.unpack_from("<2s", data, 3))

# format given as bytes
print(struct.pack(b"<H", 258), struct.calcsize(b">q"))
