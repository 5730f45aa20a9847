# operators and str() of many types
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, -1 * "ab", "" * 5, "x" * True, False * "x")
print("a" in "abc", "" in "abc", "" in "", "bc" in "abc", "ac" in "abc", "abc" not in "ab")
print("a" < "b", "a" < "ab", "ab" < "b", "" < "a", "B" < "a", "abc" <= "abc", "abd" > "abc", "b" >= "ab")
print("\u00e9" > "z", "\u00e9" < "\u00ea", "Z" < "\u00c0", "\u4e2d" > "\u00ff", sorted(["b", "a", "B", "", "aa", "\u00e9"]))
print("a" == "a", "a" != "a", "a" == "b", "1" == 1, "a" != 1, "" == None, "a" == ("a",))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), {"a": 1, "ab": 2}["a" + "b"], "ab" in {"ab", "cd"})
print(str(), str(1), str(-12), str(10 ** 20), str(True), str(None), str("x"), str([1, "a"]), str((1,)))
print(str({"a": 1}), str(set()), str({1}), str(b"ab"), str(bytearray(b"x")), str(range(3)), str(range(1, 5, 2)))
print(str(()), str([]), str({}), str(Ellipsis), str(NotImplemented), str(int), str(str), str(ValueError("m")))
print(str(ValueError()), str(KeyError("k")), str(Exception(1, 2)), str(object)[:14])
class A:
    def __str__(self):
        return "A!"
    def __repr__(self):
        return "A?"
class B:
    def __repr__(self):
        return "B?"
print(str(A()), repr(A()), str([A()]), str(B()), "%s %r" % (A(), A()), "{} {!r}".format(A(), B()))
print(str(object="kw"), str(b"abc", "utf-8"), str(b"\xc3\xa9", encoding="utf-8"))
s = "hello"
s += " world"
s *= 2
print(s, len(s))
print(max("hello"), min("hello"), sorted("hello"), list("abc"), tuple("ab"), set("aa"), "".join(sorted("cba")))
print(bool(""), bool(" "), not "", "" or "d", "x" and "y", len("abc"), "abc"[1], "abc"[-1])
print("abc"[0:2], "abc"[::-1], "abc"[5:], "abc"[-5:], "abcdef"[1:5:2], "abcdef"[::-2], "abc"[:], "abc"[2:0:-1])
print(type("") is str, isinstance("a", str), type(str(5)), str.__name__, "abc".__len__(), "a".__add__("b"))
print("ab".__contains__("a"), "ab".__getitem__(1), "ab".__eq__("ab"), "a".__lt__("b"), "a".__mul__(2))
print(iter("ab").__next__(), list(enumerate("ab")), list(zip("ab", "cd")), dict(zip("ab", "xy")))
print("abc" * 2 == "abcabc", ("ab" * 2) * 2, "-" * 10, "%d items" % 3, "x" "y", "a" "" "b")
print(ord("a"), chr(97), [ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(65, 70)))
print("a" < "a\x00", "a\x00" == "a", repr("a\x00"), len("a\x00b"))
