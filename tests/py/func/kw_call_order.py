# Keyword arguments: any order, evaluation order left to right, mixing with positionals.
log = []
def v(name, x):
    log.append(name)
    return x
def f(a, b, c):
    return a, b, c
print(f(c=v("c", 3), a=v("a", 1), b=v("b", 2)), log)
log.clear()
print(f(v("p", 1), c=v("c", 3), b=v("b", 2)), log)
def g(x, y=5, *, z=6):
    return x, y, z
print(g(1), g(y=2, x=1), g(1, z=3), g(z=0, y=0, x=0))
def h(self_, **kw):
    return self_, sorted(kw.items())
print(h(1, self=2))
