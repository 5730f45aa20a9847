# int() from strings in bases 2..36 and base 0 (prefixes), signs, surrounding whitespace, errors.
print(int("0"), int("-0"), int("+17"), int(" 42 "), int("\t-7\n"), int("007"))
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("777", 8), ("0o777", 8), ("1010", 2), ("0b1010", 2),
             ("z", 36), ("Zz", 36), ("10", 3), ("-101", 2), ("12345678901234567890", 10)]:
    print(s, b, int(s, b))
for s in ["0x1F", "0o17", "0b11", "123", "-0x10", "0"]:
    print(s, int(s, 0))
print(int("1" * 30, 2), int("f" * 20, 16))
print(int(5), int(-5), int(True), int(2 ** 70), int())
bad = [("", 10), ("12a", 10), ("1 2", 10), ("2", 2), ("0x", 16), ("9", 8), ("-", 10), ("0b2", 0), ("++1", 10)]
for s, b in bad:
    try:
        int(s, b)
        print("no error", repr(s))
    except ValueError:
        print("ValueError", repr(s), b)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError:
        print("ValueError base", b)
try:
    int(None)
except TypeError:
    print("TypeError None")
try:
    int([1])
except TypeError:
    print("TypeError list")
