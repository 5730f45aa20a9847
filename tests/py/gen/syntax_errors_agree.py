# compile() accepts and rejects the same sources as MicroPython 1.8.3 (Python 3.4 grammar).
cases = [
    "x = ", "def f(:", "1 = x", "f() = 1", "del f()", "x + 1 = 2", "[x, y] = 1, 2", "(a, b) = 1, 2",
    "a, *b, *c = x", "*a = x", "return", "yield", "break", "continue", "def f():\n  nonlocal x",
    "nonlocal x", "def f(x, x): pass", "f(x=1, 2)", "lambda: (yield)",
"x = [i for i in range(3) if]", "if x:\npass", "  x = 1",
    "def f():\n    global x\n    x = 1", "def f(a, b=1, c): pass", "def f(*, a): pass",
    "a if b", "x = 1 if 2 else", "print 'x'", "exec 'x'", "0777", "1__0", "x = 08", "x = 0b102",
    "'''unterminated", "\"abc", "x = 'a' 'b'", "b'a' 'b'", "x.1", "import", "from . import *", "from x import (a, b,)",
    "from x import a,", "with a as b, c as d: pass", "try:\n  pass", "try:\n  pass\nfinally:\n  pass",
    "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass", "assert x, y", "del (a, b)", "del [a, b]",
    "x = yield from", "@dec\nx = 1",
    "x = {1: 2, 3}", "a = b = c", "a += b += c",
    "global x; x = 1", "def f():\n  x = 1\n  global x",
]
for c in cases:
    try:
        compile(c, "<s>", "exec")
        print("ok   ", repr(c))
    except SyntaxError:
        print("error", repr(c))
