# Nested function definitions, closures over loop variables and parameters.
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def make_adders():
    fs = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        fs.append(add)
    return fs
print([f(10) for f in make_adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def cond(flag):
    if flag:
        def f():
            return "first"
    else:
        def f():
            return "second"
    return f()
print(cond(True), cond(False))
def rec_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(rec_inner(10))
def counter_pair():
    state = [0]
    def inc():
        state[0] += 1
    def get():
        return state[0]
    return inc, get
i, g = counter_pair()
i(); i()
print(g())
