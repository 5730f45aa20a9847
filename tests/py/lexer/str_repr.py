# repr() of strings chooses quotes and escapes control characters.
for s in ["abc", "a'b", 'a"b', "a'b\"c", "\n", "\t\r", "\x01\x1f", "", "\\", " "]:
    print(repr(s))
print(repr(["x", 'y"']))
print(str("plain"), str(repr("q")))
print(repr(b"\x01a'"), repr(b'a"b'))
print(repr(bytearray(b"ab\n")))
