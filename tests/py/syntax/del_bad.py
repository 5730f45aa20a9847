# Invalid del targets and keyword misuse are SyntaxError.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("del f()")
check("del 1")
check("del a + b")
check("a = 1\ndel a")
check("a = [1, 2]\ndel a[0]")
check("import")
check("from import x")
check("def = 1")
check("class = 2")
check("pass = 3")
check("lambda = 4")
