# expect: hand-written (MicroPython 1.8 follows Python 3.4's evaluation order; several *x/**x in a call are accepted as Python 3.5 does)
def show(x):
    print("eval", x)
    return x


def f(*a, **k):
    return a, sorted(k.items())


print(f(show(1), *show([2]), kw=show(3)))
print({show("k"): show("v")})


a, b, c = [1], [2], {}
ka, kb = {'x': 1}, {'y': 2}


def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
    except NameError:
        print("NameError")


for src in ["f(*a, *b)", "f(**ka, **kb)", "f(*a, b)", "f(**ka, b)", "() = []", "del ()",
            "f(*a, b=1, **c)", "[] = []"]:
    check(src)
print((-1).to_bytes(2, "little"), (-128).to_bytes(1, "big"), (255).to_bytes(1, "big"))
try:
    (-129).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
s = b"abc"
print(s.strip() is s, s.strip(b"a") is s, bytearray(b"x").strip() == b"x")
