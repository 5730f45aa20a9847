# int(s, base): signs, whitespace, prefixes, base 0, every base, invalid text and bases
cases = ["0", "-0", "+5", "  12  ", "\t\n7\n", "0x1f", "0X1F", "0o17", "0b101", "00", "0", "10", "z", "Z9",
         "", " ", "-", "+-1", "12a", "1 2", "0x", "-0x10", "- 5", "0b2", "0o8", "ff", "-FF", "0x-1", "1e3"]
for s in cases:
    row = []
    for base in [10, 0, 16, 8, 2, 36]:
        try:
            row.append(str(int(s, base)))
        except ValueError:
            row.append("VE")
    print(repr(s), " ".join(row))
print(int(), int(5), int(True), int(False), int(-2 ** 70), int("z", 36), int("Z", 36), int("10", 2), int(" -ff ", 16))
print(int("0xff", 16), int("0o7", 8), int("0b1", 2), int("11", base=2), int("0x10", base=0), int(b"12"), int(b" -3 "))
print(int("1" * 30), int("-" + "9" * 25), int("f" * 20, 16), int("0x" + "F" * 16, 0), int("0b" + "1" * 64, 0), int("0o" + "7" * 22, 0))
print(int("zz" * 10, 36), int("-" + "1" * 70, 2), int("123456789012345678901234567890") % 1000)
for b in [2, 3, 7, 8, 10, 16, 35, 36]:
    print(b, int("10", b), int("-11", b), int("0" * 5 + "1", b))
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
err(lambda: int("9", 8))
err(lambda: int("1", 37))
err(lambda: int("1", 1))
err(lambda: int("1", -1))
err(lambda: int(5, 10))
err(lambda: int([]))
err(lambda: int(None))
err(lambda: int("5", "10"))
err(lambda: int("1", 2, 3))
err(lambda: int(base=2))
err(lambda: int(" "))
err(lambda: int("0x"))
print(int(str(2 ** 100)) == 2 ** 100, int(hex(2 ** 100), 16) == 2 ** 100, int(bin(-5), 0), int(oct(64), 0), int(hex(-255), 0))
print([int(c, 16) for c in "09afAF"], sum(int(d) for d in str(2 ** 50)))
