# IndentationError is a SyntaxError subclass; both are caught by except SyntaxError.
print(issubclass(IndentationError, SyntaxError))
print(issubclass(SyntaxError, Exception))
for src in ["def f():\nreturn 1", "x = 1\n    y = 2", "if 1:\n  a = 1\n b = 2"]:
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError caught")
try:
    exec("if 1:\n\n    x = 5\n\n")
    print("blank lines ok", x)
except SyntaxError:
    print("SyntaxError")
