# str subclasses: wrong argument types raise TypeError (never an internal error)
class S(str):
    pass


s = S("abc")


def check(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except TypeError:
        print(label, "TypeError")
    except ValueError:
        print(label, "ValueError")
    except IndexError:
        print(label, "IndexError")
    except AttributeError:
        print(label, "AttributeError")


check("add int", lambda: s + 1)
check("radd int", lambda: 1 + s)
check("add bytes", lambda: s + b"x")
check("sub", lambda: s - "a")
check("mul str", lambda: s * "a")
check("neg", lambda: -s)
check("in int", lambda: 1 in s)
check("lt int", lambda: s < 1)
check("gt list", lambda: s > [1])
check("index str", lambda: s["x"])
check("index range", lambda: s[10])
check("setitem", lambda: s.__setitem__(0, "x"))
check("int bad", lambda: int(S("x1")))
check("int base", lambda: int(S("zz"), 10))
check("ord long", lambda: ord(s))
check("ord empty", lambda: ord(S("")))
check("join ints", lambda: s.join([1, 2]))
check("join none", lambda: "-".join([s, None]))
check("split int", lambda: s.split(1))
check("find int", lambda: s.find(1))
check("startswith int", lambda: s.startswith(1))
check("replace int", lambda: s.replace(1, "x"))
check("center fill", lambda: s.center(9, "ab"))
check("format missing", lambda: S("{} {}").format(1))
check("percent few", lambda: S("%s %s") % (1,))
check("percent many", lambda: S("%s") % (1, 2))
check("new not type", lambda: str.__new__(5, "x"))
check("new not subtype", lambda: str.__new__(int, "x"))
check("new list", lambda: S.__new__(list))
check("decode str", lambda: S("abc", "utf-8"))
check("too many", lambda: S("a", "b", "c", "d"))
check("getattr int", lambda: getattr(s, 5))
check("missing attr", lambda: s.nope)
check("unhashable in", lambda: [1] in {s: 1})
check("upper arg", lambda: s.upper(1))
check("descr", lambda: str.upper(5))
check("str len int", lambda: str.__len__(5))
check("dict kw", lambda: dict(**{S("k"): 1}))
check("kw int", lambda: (lambda **k: k)(**{1: 2}))
