try:
    import ustruct as struct
except ImportError:
    import struct

buf = bytearray(12)
struct.pack_into("<I", buf, 0, 0x01020304)
print(buf)
struct.pack_into(">H", buf, 4, 0xabcd)
print(buf)
struct.pack_into("<bb", buf, -2, -1, 127)
print(buf)
struct.pack_into("<3s", buf, 6, b"xyz")
print(buf)
print(struct.unpack_from("<I", buf), struct.unpack_from(">H", buf, 4))
print(struct.unpack("<I2xH", buf[:8]))
print(struct.unpack_from("<3s", buf, 6))
print(struct.unpack("<I", bytearray(b"\x01\x00\x00\x00")))
