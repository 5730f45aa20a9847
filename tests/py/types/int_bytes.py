# int.from_bytes / int.to_bytes with positional byte order (the MicroPython 1.8 form)
print(int.from_bytes(b"\x00\x01", "big"), int.from_bytes(b"\x00\x01", "little"), int.from_bytes(b"", "big"), int.from_bytes(b"\xff" * 10, "little"))
print(int.from_bytes(b"\x12\x34\x56\x78", "big") == 0x12345678, int.from_bytes(b"\x12\x34\x56\x78", "little") == 0x78563412)
print(int.from_bytes(bytearray([1, 2, 3]), "big"), int.from_bytes(bytes(9), "little"), int.from_bytes(b"\x80" + bytes(15), "big"))
print((258).to_bytes(2, "big"), (258).to_bytes(4, "little"), (0).to_bytes(1, "big"), (2 ** 70).to_bytes(9, "big"), (5).to_bytes(3, "little"))
print((0xdeadbeef).to_bytes(4, "big"), (0xdeadbeef).to_bytes(4, "little"), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"))
for n in [0, 1, 255, 256, 65535, 2 ** 32 - 1, 2 ** 64 - 1, 2 ** 100 + 12345]:
    for order in ["big", "little"]:
        length = max(1, (n.bit_length() + 7) // 8)
        b = n.to_bytes(length, order)
        assert int.from_bytes(b, order) == n
        print(n % 1000, order, len(b), b[0], b[-1])
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
err(lambda: int.from_bytes("ab", "big"))
err(lambda: int.from_bytes(5, "big"))
err(lambda: (1).to_bytes(-1, "big"))
err(lambda: (1).to_bytes("a", "big"))
data = bytes([0x01, 0x02, 0xfe, 0xff])
words = [int.from_bytes(data[i:i + 2], "little") for i in range(0, 4, 2)]
print(words, [w.to_bytes(2, "big") for w in words], b"".join(w.to_bytes(2, "little") for w in words) == data)
