# Builtin functions and methods check their arguments: too many, too few, unknown keywords.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError:
        print(label, "TypeError")


attempt("append 2 args", lambda: [].append(1, 2))
attempt("append kw", lambda: [].append(x=1))
attempt("sort positional", lambda: [].sort(1))
attempt("sort bad kw", lambda: [].sort(nope=1))
attempt("sort good kw", lambda: [3, 1].sort(key=abs, reverse=True))
attempt("get 3 args", lambda: {}.get(1, 2, 3))
attempt("upper arg", lambda: "a".upper(1))
attempt("len none", lambda: len())
attempt("len two", lambda: len([], []))
attempt("round three", lambda: round(1, 2, 3))
attempt("isinstance one", lambda: isinstance(1))
attempt("dict update two", lambda: {}.update({}, {}))
attempt("set add none", lambda: set().add())
attempt("str join none", lambda: ",".join())
attempt("split kw", lambda: "a b".split(maxsplit=1))
