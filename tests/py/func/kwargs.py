# **kwargs collects extra keyword arguments into a dict.
def f(**kw):
    return type(kw).__name__, sorted(kw.items())
print(f())
print(f(a=1, b=2))
def g(a, **kw):
    return a, sorted(kw)
print(g(1, x=2, y=3))
print(g(a=1, z=0))
def h(*args, **kwargs):
    return args, sorted(kwargs.items())
print(h(1, 2, k="v"))
d = {"p": 1, "q": 2}
print(f(**d))
print(d)
def mutate(**kw):
    kw["new"] = 1
    return len(kw)
print(mutate(**d), d)
def pos_named(a, b):
    return a - b
print(pos_named(**{"b": 1, "a": 10}))
