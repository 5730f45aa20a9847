# int.to_bytes / int.from_bytes with the byte order given positionally ('little' or 'big').
for v in [0, 1, 255, 256, 0x1234, 0xdeadbeef, 2 ** 40 + 7]:
    lb = v.to_bytes(8, "little")
    bb = v.to_bytes(8, "big")
    print(v, lb, bb, int.from_bytes(lb, "little") == v, int.from_bytes(bb, "big") == v)
print((1).to_bytes(1, "little"), (0x0102).to_bytes(2, "big"), (0x0102).to_bytes(2, "little"))
print((65).to_bytes(3, "big"), (65).to_bytes(3, "little"))
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff" * 4, "little"), int.from_bytes(b"\x00\x00\x01", "big"))
print(int.from_bytes(bytearray(b"\x10\x00"), "little"), int.from_bytes(b"\xff" * 10, "big") == 2 ** 80 - 1)
big = 2 ** 100 + 12345
print(int.from_bytes(big.to_bytes(16, "little"), "little") == big, big.to_bytes(16, "big")[:4])
print(type((5).to_bytes(2, "big")).__name__, len((5).to_bytes(5, "little")))
word = 0
for i, byte in enumerate(b"\x78\x56\x34\x12"):
    word |= byte << (8 * i)
print(hex(word), hex(int.from_bytes(b"\x78\x56\x34\x12", "little")))
