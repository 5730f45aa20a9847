# nonlocal at module level or without an enclosing binding is SyntaxError.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("nonlocal x")
check("def f():\n    nonlocal x\n    x = 1")
check("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    g()\n    return x")
check("def f(a):\n    def g():\n        nonlocal a\n    return g")
check("class C:\n    nonlocal y")
