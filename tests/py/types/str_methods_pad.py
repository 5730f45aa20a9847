# strip family, center/ljust/rjust/zfill, replace
for s in ["", "   ", "  a b  ", "\t\na\r\x0b\x0c", "\u3000x\u00a0", "xxhixx", "abcba"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")),
          repr(s.strip("ab")), repr(s.lstrip("ax")), repr(s.rstrip("ax")), repr(s.strip(None)),
          repr(s.strip("")))
print("\U0001F600a\U0001F600".strip("\U0001F600"), "\u00e9\u00e9x\u00e9".lstrip("\u00e9"), "xyzzy".rstrip("zy"))
print(repr("www.example.com".strip("cmowz.")), repr("  spam  ".lstrip()), repr("mississippi".rstrip("ipz")))
for w in [-5, 0, 1, 3, 4, 5, 6, 7, 10]:
    for s in ["", "a", "ab", "abc", "abcd"]:
        print(w, repr(s), repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")),
              repr(s.rjust(w)), repr(s.zfill(w)))
for s in ["42", "-42", "+42", "-", "+", "", "--1", "a-1", "\u00e9", "-\U0001F600", " 3"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(0)))
print("\u00e9".center(4, "\u00b7"), "\U0001F600".center(5, "\U0001F601"), "x".ljust(3, "\U0001F600"), "x".rjust(3, "\u00e9"))
print(repr("x".center(2)), repr("x".center(4)), repr("xy".center(5)), repr("xy".center(3)), repr("xyz".center(6)))
print("ab".center(True), "ab".ljust(False), "ab".rjust(3, "a"))
r = "one two one two one"
for n in [-1, 0, 1, 2, 3, 10]:
    print(n, r.replace("one", "1", n), r.replace("", "|", n), "".replace("", "x", n), "abc".replace("", "-", n))
print(r.replace("one", "one one"), r.replace("o", ""), r.replace("xyz", "q"), r.replace(" ", ""))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "abab".replace("ab", "ba", 1))
print("\u00e9x\u00e9".replace("\u00e9", "e"), "a\U0001F600b".replace("", "."), "a\U0001F600b".replace("\U0001F600", "", 1))
print("abc".replace("", ""), "abc".replace("abc", ""), "".replace("a", "b"), "abc".replace("b", "\U0001F600"))
print("x".replace("x", "y", True), "xx".replace("x", "y", False))
