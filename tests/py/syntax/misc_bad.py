# Assorted invalid statements: print statement, bad slices, stray operators.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("print 'hello'")
check("x = [1, 2][1:2:3:4]")
check("x = 1 +* 2")
check("x == 1 = 2")
check("def f()\n    pass")
check("x = lambda: yield")
check("if x = 1:\n    pass")
check("a = [1, 2]\nx = a[::2]")
check("x = 1 if True else 2")
check("x = 1 if True")
