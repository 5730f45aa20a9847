# chr() and ord(): ASCII, round trips, non-ASCII code points, errors for bad arguments.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("\x00"), ord("\x7f"))
print(chr(97), chr(65), chr(48), repr(chr(0)), repr(chr(10)), repr(chr(127)))
print("".join(chr(c) for c in range(65, 91)))
print([ord(c) for c in "Hello"])
print(all(ord(chr(i)) == i for i in range(256)))
print(ord("\u00e9"), ord("\u20ac"), ord("\u4e2d"), len(chr(0x20ac)), chr(233) == "\u00e9")
print(ord(b"a"), ord(b"\xff"))
print(chr(0x10ffff) == "\U0010ffff", ord("\U0001f600"))
for bad in ["", "ab", b"", b"ab"]:
    try:
        ord(bad)
    except TypeError:
        print("TypeError ord", repr(bad))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError:
        print("ValueError chr", bad)
for bad in ["a", None]:
    try:
        chr(bad)
    except TypeError:
        print("TypeError chr", type(bad).__name__)
try:
    ord(65)
except TypeError:
    print("TypeError ord int")
