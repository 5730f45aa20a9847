# str subclasses: __str__ overrides in formatting, str arguments to str methods, conversions
class S(str):
    pass
class P(str):
    def __str__(self):
        return "P!"
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)
check("fmt d", lambda: "{:d}".format(S("1")))
check("fmt s", lambda: "{0!s}|{0!r}|{0}|{0:3}".format(P("x")))
check("isinst", lambda: isinstance(S("a"), (int, str)))
check("decode", lambda: type(b"ab".decode()).__name__)
check("pct P", lambda: "%s|%r|%5s" % (P("x"), P("x"), P("x")))
check("print P", lambda: print(P("x"), [P("x")]))
check("join P", lambda: "-".join([P("a"), P("b")]))
check("P plus", lambda: P("a") + P("b"))
check("P eq", lambda: P("a") == "a")
check("keys", lambda: sorted({S("b"): 1, "a": 2}.keys()))
check("in list", lambda: S("a") in ["a"])
check("list idx", lambda: ["a", "b"].index(S("b")))
check("count", lambda: "aaa".count(S("a")))
check("rep", lambda: "aXa".replace(S("X"), S("-")))
check("split sep", lambda: "a,b".split(S(",")))
check("strip chars", lambda: "xax".strip(S("x")))
check("S in S", lambda: S("a") in S("cab"))
check("P bool", lambda: bool(P("")))
check("int P", lambda: int(P("7")))
check("hash P", lambda: hash(P("a")) == hash("a"))
check("int subclass of S value", lambda: int(S("0x1f"), 0))
check("ne", lambda: S("a") != S("a"))
check("min key", lambda: min([S("bb"), "a"], key=len))
