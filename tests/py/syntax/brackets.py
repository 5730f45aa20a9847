# Unbalanced brackets and incomplete expressions are SyntaxError.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("(1, 2")
check("[1, 2")
check("{1: 2")
check("1 + ")
check("x = (1 + 2))")
check("print(1]")
check("x = [1, 2,]")
check("x = (1,)")
check("y = {1: 2,}")
check("* 3")
