# expect: hand-written (viper type errors are raised when the code is compiled, as MicroPython's emitter raises ViperTypeError, SyntaxError and NotImplementedError; the module does not run)
def test(code):
    try:
        exec('import micropython\nprint("module ran")\n@micropython.viper\n' + code)
    except Exception as e:
        print(type(e).__name__, e)

# annotations
test("def f(a:1): pass")
test("def f() -> 1: pass")
test("def f(x:unknown_type): pass")
test("def f() -> float: pass")
# parameters
test("def f(a, b, c, d, e): pass")
test("def f(x=1): pass")
test("def f(*args): pass")
# local types
test("def f():\n print(x)\n x = 1")
test("def f(a):\n x = 1\n x = a")
test("def f(p: ptr8):\n x = p\n x = 0")
# conditions and returns
test("def f(p: ptr8):\n if p: pass")
test("def f(a) -> int:\n return a")
test("def f(x: int):\n return x")
test("def f(x: int) -> uint:\n return x")
# operators
test("def f(a):\n return 1 + a")
test("def f(a: int, b: bool):\n return a + b")
test("def f(a: int, p: ptr8):\n return p + a")
test("def f(a: int, b: int):\n return a // b")
test("def f(a: int, b: int):\n return a % b")
test("def f(a: int, b: int):\n return a / b")
test("def f(x: int):\n return -x")
test("def f(x: int):\n return ~x")
test("def f(x: int):\n return +x")
test("def f(x: int):\n return not x")
test("def f(a):\n return a * 2")
# loads and stores
test("def f(x: int):\n return x[0]")
test("def f(p: ptr8, i):\n return p[i]")
test("def f(x: int):\n x[0] = 1")
test("def f(p: ptr8):\n p[0] = None")
test("def f(p: ptr8, v):\n p[0] = v")
test("def f(p: ptr):\n return p[0]")
# loops over range need machine-word bounds
test("def f(buf):\n for i in range(len(buf)): pass")
# misc
test("def f(x: int):\n raise x")
test("def f():\n yield 1")
test("def f():\n x = int(1, 2)")
test("def f(x: int):\n return ptr8(x)")
test("def f():\n del x")
test("def f():\n import os")
test("def f():\n with open('x') as g: pass")
test("def f():\n return lambda: 1")
test("def f():\n return [i for i in range(3)]")
test("def f(p: ptr8):\n print(p)")
test("def f() -> ptr8:\n return ptr8(bytearray(1))")

# the decorator is a compiler directive, not a function to call
import micropython
try:
    micropython.viper(print)
except NotImplementedError as e:
    print('NotImplementedError', e)
