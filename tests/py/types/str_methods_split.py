# split/rsplit, splitlines, partition/rpartition, join
cases = ["", " ", "a", " a b  c ", "a,b,,c,", ",a,", "a  b\tc\nd\r\ne\x0bf\x0cg", "\u3000x\u2003y\u00a0z"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
    print(s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
    print(s.split(None, 0), s.rsplit(None, 0), s.split(",", -1), s.split(None, -5))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "----".split("--"), "---".split("--"), "---".rsplit("--"))
print("aaa".split("aa"), "aaa".rsplit("aa"), "aaaa".split("aa", 1), "aaaa".rsplit("aa", 1))
print("a b c".split(sep=" "), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a,b,c".split(sep=",", maxsplit=1), "a,b,c".rsplit(",", maxsplit=1), "a b".split(sep=None))
print("  a  b  ".split(" "), "  a  b  ".rsplit(" ", 2))
print("x\u00e9y\u00e9z".split("\u00e9"), "x\U0001F600y\U0001F600z".rsplit("\U0001F600", 1))
for s in ["", "a", "a\n", "a\nb", "a\r\nb\rc\n\nd", "\n", "\r\n\r\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "x\n\r"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True), s.splitlines(False))
for s in ["", "a", "abc", "a.b.c", ".", "a.", ".a", "..."]:
    print(repr(s), s.partition("."), s.rpartition("."))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "abc".partition("abc"), "abc".rpartition("abcd"))
print("\u00e9a\u00e9".partition("a"), "x\U0001F600y".rpartition("\U0001F600"))
print(",".join([]), ",".join(["a"]), ",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"))
print("::".join(x for x in ["p", "q"]), ", ".join({"k": 1}), "\u00e9".join(["1", "2"]))
print("".join([]), "ab".join(["", ""]), repr(" ".join(["", "", ""])))
for bad in [[1, 2], ["a", 1], ["a", b"b"], ("a", None)]:
    try:
        print(",".join(bad))
    except TypeError:
        print("TypeError")
try:
    ",".join(5)
except TypeError:
    print("TypeError")
