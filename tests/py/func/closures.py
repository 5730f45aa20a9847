# Closures share cells: several inner functions see the same variable, also after updates.
def pair():
    v = 0
    def get():
        return v
    def set_(x):
        nonlocal v
        v = x
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
def later():
    def f():
        return x
    x = "assigned after def"
    return f
print(later()())
def loop_closures():
    out = []
    for i in range(3):
        def f(j=i):
            return j * 10
        out.append(f)
    return [f() for f in out]
print(loop_closures())
def acc(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc(100)
a(1)
a(2)
print(a(3))
b = acc(0)
print(b(5), a(0))
def param_closure(x):
    return lambda: x * 2
print(param_closure(21)())
def closure_in_comprehension():
    y = 3
    return [(lambda: y + i)() for i in range(3)]
print(closure_in_comprehension())
