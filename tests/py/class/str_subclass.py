# subclasses of str behave as str everywhere: methods, operators, builtins, keys
class S(str):
    pass


class Tag(str):
    count = 0

    def shout(self):
        return self.upper() + "!"

    def twice(self):
        return Tag(self + self)


s = S("abc")
print(s, repr(s), type(s).__name__, type(s) is S, isinstance(s, str), isinstance(s, S))
print(len(s), bool(S("")), bool(s), s.__class__ is S, issubclass(S, str), S.__name__)
# methods return plain str
r = s.upper()
print(r, type(r).__name__, type(s.lower()).__name__, type(s.strip()).__name__)
print(s.split("b"), [type(x).__name__ for x in s.split("b")], s.replace("b", "B"), s.find("c"))
print(s.startswith("ab"), s.endswith(S("bc")), "xabc".endswith(s), s.center(7, "*"), s.count("a"))
print(S("a,b,c").split(","), S(" x ").strip(), S("{}-{}").format(1, 2), S("{a}").format(a=s))
print(S("-").join(["x", "y"]), "+".join([s, S("d"), "e"]), "".join(S("xyz")))
print(s.index("b"), s.isalpha(), S("12").isdigit(), s.partition("b"), s.rjust(5), s.zfill(5))
print(S("%s=%d") % ("k", 3), type(S("%s") % "x").__name__, "%s|%r|%5s" % (s, s, s), "%s" % s)
print("{}|{!r}|{:>6}|{:^7}".format(s, s, s, s), str(s), type(str(s)).__name__)
# operators
print(s + "x", type(s + "x").__name__, "x" + s, s + s, type(s + s).__name__, s * 2, 3 * s)
print("b" in s, S("bc") in s, s in "xxabcxx", "z" in s, s[0], s[-1], s[1:], s[::-1], type(s[0]).__name__)
print([c for c in s], list(s), tuple(S("xy")), sorted(S("cab")), list(reversed(s)), list(enumerate(S("ab"))))
t = s
t += "def"
print(t, type(t).__name__, s)
# comparisons and hashing
print(s == "abc", "abc" == s, s != "abc", s == S("abc"), s < "abd", "abb" < s, s >= "abc", s > S("ab"))
print(hash(s) == hash("abc"), sorted([S("b"), "c", S("a")]), max(S("x"), "y"), min([S("q"), S("p")]))
d = {s: 1, "x": 2}
print(d["abc"], d[s], "abc" in d, S("x") in d, d[S("x")], {"abc": 5}[s], list(d))
d["abc"] = 7
print(d, len(d), type(list(d)[0]).__name__)
st = {s, "abc", S("abc"), "b"}
print(len(st), "abc" in st, S("b") in st, {"abc"} == {s})
# builtins
print(int(S("12")) + 1, int(S("ff"), 16), int(S(" -7 ")), ord(S("A")), S("5") == "5", len(S("")))


class Obj:
    name = "value"


o = Obj()
print(getattr(o, S("name")), hasattr(o, S("name")), getattr(o, S("nope"), "dflt"))
setattr(o, S("other"), 5)
print(o.other)
delattr(o, S("other"))
print(hasattr(o, "other"))


def f(a, b=0, **kw):
    return a, b, sorted(kw.items())


print(f(**{S("a"): 1, S("b"): 2}), f(1, **{S("c"): 3}))
print(s, S("x"), sep=S("|"), end=S("!\n"))
try:
    import ujson as json
except ImportError:
    import json

print(json.dumps(s), json.dumps([s, {S("k"): s}]), json.loads(json.dumps(s)))
# extra methods and attributes
g = Tag("hi")
print(g.shout(), g.twice(), type(g.twice()).__name__, Tag.count, g.count)
g.note = "n"
print(g.note, g, g + "!", getattr(g, "note"))
# the str constructor
print(S(), repr(S()), S(5), S([1, 2]), S(b"ab", "utf-8"), S(s), type(S(s)).__name__, str(S("q")) == "q")
print(str.__new__(S, "x"), type(str.__new__(S, "x")).__name__, str.__new__(str, 7), type(str.__new__(str)).__name__)
print(str.upper(S("m")), str.__len__(S("mn")), str.__add__(S("a"), "b"), S.upper(S("z")))
