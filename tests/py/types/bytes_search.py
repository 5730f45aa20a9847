# bytes/bytearray searching, splitting, stripping, replacing, justifying, predicates.
_n = [0]


def t(f):
    _n[0] += 1
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__
    print(_n[0], r)


for k in (bytes, bytearray):
    print(k.__name__)
    s = k(b"abcabc")
    t(lambda: (s.find(b"b"), s.find(b"b", 2), s.find(b"b", 2, 4), s.find(b"b", -3), s.find(b"z"), s.find(98)))
    t(lambda: (s.rfind(b"b"), s.rfind(b"b", 0, 4), s.rfind(b"abc", 1), s.rfind(b"abc", 0, 5), s.find(b"abc", 1, 5)))
    t(lambda: (s.find(b""), s.find(b"", 3), s.find(b"", 6), s.find(b"", 7), s.rfind(b""), s.rfind(b"", 2, 4)))
    t(lambda: (s.index(b"c"), s.rindex(b"c"), s.index(99, 3), s.rindex(bytearray(b"a"))))
    t(lambda: s.index(b"z"))
    t(lambda: s.rindex(b"a", 1, 3))
    t(lambda: s.find("b"))
    t(lambda: s.find(300))
    t(lambda: s.find(b"a", "x"))
    t(lambda: s.find())
    t(lambda: (s.count(b"a"), s.count(b"bc"), s.count(b""), s.count(b"", 4), s.count(b"", 7), s.count(99), k(b"aaaa").count(b"aa")))
    t(lambda: (s.startswith(b"ab"), s.startswith(b"b", 1), s.startswith((b"x", b"ab")), s.startswith(b""), s.startswith(b"", 6), s.startswith(b"", 7)))
    t(lambda: (s.endswith(b"bc"), s.endswith(b"b", 0, 5), s.endswith(b"c", 0, 5), s.endswith((b"c",)), s.endswith(memoryview(b"c"))))
    t(lambda: s.startswith("a"))
    t(lambda: s.startswith(97))
    t(lambda: s.endswith([b"c"]))
    # split family
    t(lambda: k(b"a,b,,c").split(b","))
    t(lambda: (k(b"a,b,,c").split(b",", 1), k(b"a,b,,c").rsplit(b",", 1), k(b"a,b,,c").split(b",", 0)))
    t(lambda: (k(b"  a  b  ").split(), k(b"  a  b  ").split(None, 1), k(b"  a  b  ").rsplit(None, 1), k(b"  a  b  ").rsplit(None, 0)))
    t(lambda: (k(b"").split(), k(b"   ").split(), k(b"").split(b","), k(b"\ta\nb\x0bc\x0cd\re").split()))
    t(lambda: (k(b"aaa").split(b"aa"), k(b"aaa").rsplit(b"aa"), k(b"aaa").split(b"aa", 1), k(b"aaa").rsplit(b"aa", 1)))
    t(lambda: (k(b"a b c").split(maxsplit=1), k(b"a-b-c").rsplit(sep=b"-", maxsplit=1)))
    t(lambda: k(b"abc").split(b""))
    t(lambda: k(b"abc").split("b"))
    t(lambda: k(b"abc").split(98))
    t(lambda: (k(b"a\r\nb\rc\n\nd").splitlines(), k(b"a\r\nb\rc\n").splitlines(True), k(b"").splitlines()))
    t(lambda: (k(b"a-b-c").partition(b"-"), k(b"a-b-c").rpartition(b"-")))
    t(lambda: (k(b"abc").partition(b"x"), k(b"abc").rpartition(b"x")))
    t(lambda: k(b"abc").partition(b""))
    # strip family
    t(lambda: (k(b" \t\na\x0b\x0c\r ").strip(), k(b"  a  ").lstrip(), k(b"  a  ").rstrip()))
    t(lambda: (k(b"xxaxx").strip(b"x"), k(b"xyaxy").lstrip(b"yx"), k(b"xxaxx").rstrip(bytearray(b"x")), k(b"xx").strip(b"x"), k(b"ab").strip(None)))
    t(lambda: k(b"xax").strip("x"))
    t(lambda: k(b"xax").strip(120))
    # join / replace
    t(lambda: (k(b",").join([b"a", bytearray(b"b"), memoryview(b"c")]), k(b",").join([]), k(b"").join([b"x"]), k(b"-").join(x for x in [b"1", b"2"])))
    t(lambda: k(b",").join([b"a", "b"]))
    t(lambda: k(b",").join([b"a", 1]))
    t(lambda: k(b",").join(5))
    t(lambda: (k(b"aaa").replace(b"a", b"b"), k(b"aaa").replace(b"a", b"b", 2), k(b"aaa").replace(b"a", b"b", 0), k(b"aaa").replace(b"a", b"b", -1)))
    t(lambda: (k(b"abc").replace(b"", b"-"), k(b"abc").replace(b"", b"-", 2), k(b"").replace(b"", b"-"), k(b"abc").replace(b"b", b"")))
    t(lambda: k(b"abcb").replace(b"b", bytearray(b"BB")))
    t(lambda: k(b"abc").replace("a", b"b"))
    t(lambda: k(b"abc").replace(b"a"))
    # case and predicates
    t(lambda: (k(b"aBc1\xe9").upper(), k(b"aBc1\xc9").lower()))
    t(lambda: (k(b"").isdigit(), k(b"12").isdigit(), k(b"1a").isdigit(), k(b"ab").isalpha(), k(b"a1").isalpha(), k(b"a1").isalnum(), k(b"a_").isalnum()))
    t(lambda: (k(b" \t\n").isspace(), k(b"").isspace(), k(b" a").isspace()))
    t(lambda: (k(b"AB1").isupper(), k(b"Ab").isupper(), k(b"1").isupper(), k(b"ab1").islower(), k(b"aB").islower(), k(b"").islower()))
    # justification
    t(lambda: (k(b"ab").center(7, b"-"), k(b"abc").center(6), k(b"abc").center(7), k(b"ab").center(1), k(b"a").center(4, b"*")))
    t(lambda: (k(b"ab").ljust(5), k(b"ab").rjust(5, b"0"), k(b"ab").ljust(5, bytearray(b"."))))
    t(lambda: k(b"ab").center(5, b"xy"))
    t(lambda: k(b"ab").center(5, "x"))
    t(lambda: k(b"ab").center("5"))
    t(lambda: (k(b"-12").zfill(6), k(b"+1").zfill(4), k(b"12").zfill(1), k(b"").zfill(2)))
    # decode and hex
    t(lambda: (k(b"abc").decode(), k(b"h\xc3\xa9").decode("utf-8"), k(b"\xe9").decode("latin-1"), k(b"ab").decode(encoding="ascii")))
    t(lambda: k(b"ab").decode(1))
    t(lambda: (k(b"abc").hex(), k(b"\x00\x01\xff").hex(), k(b"").hex()))
    # methods return the receiver's type
    t(lambda: [type(x).__name__ for x in (s.upper(), s.strip(), s.split()[0], s.replace(b"a", b"b"), s.center(9), s.partition(b"b")[0], s[1:])])
    # arguments
    t(lambda: s.upper(1))
    t(lambda: s.count())
    t(lambda: s.split(b"a", 1, 2))
t(lambda: bytes.upper(b"x"))
t(lambda: bytes.upper("x"))
t(lambda: bytes.find(bytearray(b"x"), b"x"))
t(lambda: bytearray.upper(bytearray(b"x")))
