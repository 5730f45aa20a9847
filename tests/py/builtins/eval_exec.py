# eval() and exec(): expressions vs statements, explicit globals/locals dicts, results and errors.
x = 10
print(eval("x + 1"), eval("[i * 2 for i in range(3)]"), eval("'a' * 3"))
print(eval("x * y", {"x": 2, "y": 21}), eval("x", {"x": "from dict"}))
print(eval("a + b", {"a": 1}, {"b": 2}))
exec("z = x * 3")
print(z)
g = {"n": 5}
exec("m = n * 2\ndef twice(v):\n    return v * 2\n", g)
print(g["m"], g["twice"](7), "m" in globals())
loc = {}
exec("k = 99", {}, loc)
print(loc)
print(exec("1 + 1"))
code = "total = 0\nfor i in range(5):\n    total += i\n"
ns = {}
exec(code, ns)
print(ns["total"])
def inside():
    return eval("x + 100")
print(inside())
print(eval("42  "), eval("(1,\n 2)"))
for src in ["1 +", "x ="]:
    try:
        eval(src)
    except SyntaxError:
        print("SyntaxError", repr(src))
try:
    eval("undefined_q")
except NameError:
    print("NameError")
try:
    exec("raise KeyError('e')")
except KeyError as e:
    print("KeyError", e.args)
print(eval(compile("3 * 7", "<s>", "eval")))
