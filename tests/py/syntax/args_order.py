# Parameter and argument ordering errors are SyntaxError.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("def f(a=1, b):\n    pass")
check("f(a=1, 2)")
check("def f(*, a=1, b):\n    return b")
check("def f(**k, a):\n    pass")
check("def f(a, *b, c, **d):\n    pass")
check("lambda a=1, b: 0")
check("lambda *a, **k: 0")
check("g = lambda: 0\ng(1 2)")
