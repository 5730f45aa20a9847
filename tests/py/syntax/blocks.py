# Malformed compound statements: missing colons, bad indentation, dangling else.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("if True\n    pass")
check("while True print(1)")
check("def f(:\n    pass")
check("else:\n    pass")
check("if True:\npass")
check("  x = 1")
check("if True:\n    x = 1\n      y = 2")
check("try:\n    pass")
check("class:\n    pass")
check("for x in :\n    pass")
check("if True:\n    x = 1\nelse:\n    x = 2")
