# Misused starred expressions are SyntaxError.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("a, *b, *c = [1, 2, 3]")
check("a, *b = [1, 2, 3]")
check("*a, b = [1, 2, 3]")
check("[a, *b] = (1, 2)")
check("a, *b, c = range(5)")
check("x = **y")
