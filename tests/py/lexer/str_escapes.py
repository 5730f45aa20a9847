# String escape sequences: simple, hex, octal, and backslash-newline.
s = "a\tb\nc\\d\'e\"f"
print(len(s))
print(repr(s))
print(repr("\x41\x62\x7e"))
print(repr("\101\102\0\07\1011"))
print(repr("\a\b\f\v\r"))
print(ord("\x00"), ord("\x1f"), ord("\177"))
print("line1 \
continued")
print(len("\\n"), len("\n"))
print(repr('it\'s'), repr("say \"hi\""))
print(repr("both ' and \""))
print("\x30\x31\x32" == "012")
