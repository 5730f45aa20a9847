# expect: hand-written (ure: MicroPython's operator subset; `.` matches newline, {m,n}/(?...)/backrefs are errors)
try:
    import ure as re
except ImportError:
    import re
m = re.match(r"(\d+)-(\w+)", "123-abc rest")
print(m.group(0), m.group(1), m.group(2), m.groups())
print(re.match("b", "abc"), re.search("b+", "abbbc").group(0))
r = re.compile("a|b|c")
print(r.split("1a2b3c4"), r.split("1a2b3", 1), re.split(",", "x,y,,z"))
print(re.search("[a-c]+", "xxbcay").group(0), re.search("[^a-c]+", "abxyzc").group(0))
print(re.match("a.c", "a\nc") is not None, re.search("x$", "abx").group(0), re.search("^a", "ba"))
print(re.match("a*?b", "aaab").group(0), re.match("a+?", "aaa").group(0), re.match("a??", "a").group(0))
print(re.match("(a)|(b)", "b").groups(), re.match(r"\s+\S", "  x").group(0), re.search(r"\W", "ab!").group(0))
print(re.search(b"[0-9]+", b"ab123cd").group(0), re.match(r"(\d)(\d)?", "1").group(2))
m = re.search("é+", "caféé!")
print(m.group(0), m.start(), m.end(), m.span())
print(re.sub(r"\d", "#", "a1b22"), re.sub("(a)(b)", r"\2\1", "abab"), re.sub("x", lambda m: "Y", "axbx"))
for bad in ["a{2}", "(?:a)", "a**", "*a", "(a", "a)", r"\1", "[a", "x{1,2}", "(?P<n>a)"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except ValueError:
        print("ValueError", bad)
# MicroPython mixes str and bytes freely; the result has the subject's type
print(re.match("a", b"ab").group(0), re.match(b"b", "bc").group(0))
m = re.match(r"(a|(b))+", "ba")
print(m.group(1), m.group(2))
