# Default argument values: evaluated once at definition time, shared mutable defaults.
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(1, 5, 6), f(c=0, a=1))
def append(x, lst=[]):
    lst.append(x)
    return lst
print(append(1), append(2), append(3, []))
print(append(4))
n = 10
def g(x=n):
    return x
n = 20
print(g())
def h(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(h(), h())
def dflt_expr(a, b=1 + 2 * 3, c="s" * 2):
    return a, b, c
print(dflt_expr(0))
def k(a, b=[]):
    return b
print(k(1) is k(2))
