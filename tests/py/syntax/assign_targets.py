# Invalid assignment targets are SyntaxError at compile time (via exec).
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("x = = 1")
check("1 = x")
check("f() = 1")
check("a + 1 = 2")
check("'s' = 1")
check("None = 1")
check("(a, b) += 1")
check("[a, b] += 1")
check("x = 1")
check("a, b = 1, 2")
check("[a, (b, c)] = [1, (2, 3)]")
