print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).bit_length() if hasattr(1, "bit_length") else 1, (255).bit_length() if hasattr(1, "bit_length") else 8)
big = 2 ** 100
print(big, -big, big // 7, big % 7, -big // 7, -big % 7, divmod(-big, 7), big >> 50, big << 3, ~big, -big & 0xffff, big | 1, big ^ big)
print(2 ** 64 - 1, (2 ** 64) // (2 ** 32), 10 ** 30 // 10 ** 29, pow(3, 200, 1000), pow(2, 100, 2 ** 61 - 1))
print(int("1" * 40), int("-0x" + "f" * 20, 16), int("zz", 36), int("  -12  "), int("0b111", 0), int("0o17", 0), int("017") if False else 17)
print(hex(big), oct(-big), bin(2 ** 70), abs(-big), -(-big) == big, big == 2 ** 100, big > 2 ** 99, hash(2 ** 100) == hash(2 ** 100))
print(1 << 62, (1 << 62) * 4, 9007199254740993, 9007199254740992 + 1, -9007199254740993 - 1, 3 * 3037000500 ** 2)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(7, -2), 0 ** 0, (-2) ** 3, 2 ** 0, True + True, True * 10, -True)
for bad in [lambda: 1 // 0, lambda: 1 % 0, lambda: int("12a"), lambda: int("5", 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
print(sum(range(10 ** 5)), max(2 ** 80, 5), min(-2 ** 80, 3), sorted([2 ** 70, 1, -2 ** 70]))
print({2 ** 80: "a"}[2 ** 80], 2 ** 53 in {2 ** 53}, [1, 2, 3][True], "ab" * 3, 3 * [0])
