# expect: hand-written (MicroPython 1.8 follows Python 3.4: call grammar, evaluation order, to_bytes)
def show(x):
    print("eval", x)
    return x


def f(*a, **k):
    return a, sorted(k.items())


print(f(show(1), *show([2]), kw=show(3)))
print({show("k"): show("v")})


def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
    except NameError:
        print("NameError")


for src in ["f(*a, *b)", "f(**a, **b)", "f(*a, b)", "f(**a, b)", "() = []", "del ()",
            "f(*a, b=1, **c)", "[] = []"]:
    check(src)
print((-1).to_bytes(2, "little"), (-128).to_bytes(1, "big"), (255).to_bytes(1, "big"))
try:
    (-129).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
s = b"abc"
print(s.strip() is s, s.strip(b"a") is s, bytearray(b"x").strip() == b"x")
