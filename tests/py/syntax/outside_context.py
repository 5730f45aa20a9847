# return/yield outside a function and break/continue outside a loop are SyntaxError.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("return 1")
check("yield 1")
check("break")
check("continue")
check("if True:\n    break")
check("def f():\n    break")
check("for i in range(2):\n    def g():\n        continue")
check("for i in range(2):\n    break")
check("while False:\n    continue")
check("def f():\n    return 1")
