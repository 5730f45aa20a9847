# Unicode escapes in str literals: length and code points (output stays ASCII).
s = "\u00e9t\u00e9"
print(len(s), [ord(c) for c in s])
print(ord("\u20ac"), len("\u20ac"))
print("\u0041\u0042" == "AB")
e = "caf\u00e9".encode()
print(len(e), list(e))
print(e.decode() == "caf\u00e9")
print("\u00e9" in "caf\u00e9", "caf\u00e9".find("\u00e9"))
print("\U00000041")
