s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(" !H"), "xxhixx".strip("x"))
print(s.lower(), s.upper(), s.split(), s.split(","), s.split(",", 1), s.rsplit(" ", 2), "a,b,,c".split(","))
print("abc".find("b"), "abc".find("z"), "abcabc".rfind("b"), "abcabc".index("c", 3), "abcabc".count("bc"), "aaa".count("a", 1))
print("hello".startswith("he"), "hello".endswith(("x", "lo")), "hello".startswith("l", 2), "x".join(["a", "b"]), "".join([]))
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "+", 1), "abc".replace("", "."), "a.b".partition("."), "a.b.c".rpartition("."))
print("abc".center(9, "*"), "abc".ljust(6) + "|", "abc".rjust(6, "0"), "42".zfill(5), "-42".zfill(6), "+1".zfill(4))
print("ab1".isalnum(), "ab".isalpha(), "12".isdigit(), " \t".isspace(), "AB".isupper(), "ab".islower(), "".isdigit())
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True), "Ünïcödé".upper(), "ÀB".lower(), len("日本語"), "日本語"[1])
print("%s|%r|%5s|%-5s|" % ("a", "b", "c", "d"), "{0}{1}{0}".format("x", "y"), "{:^7}".format("mid"), "{!r:>6}".format("q"))
print("abc" * 3, "abc"[::-1], "abcdef"[1:5:2], "abc" < "abd", "B" < "a", ord("€"), chr(8364), "€".encode(), b"\xe2\x82\xac".decode())
print("a b  c".split(" "), "  a  b ".split(None, 1), "abc".split("abc"))
for bad in [lambda: "a".index("z"), lambda: "a" + 1, lambda: "abc".split(""), lambda: "x".join([1]), lambda: "%d" % "a", lambda: "a".center("x"), lambda: "abc"[5]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
