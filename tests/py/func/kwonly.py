# Keyword-only parameters after * or *args, with and without defaults.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=1, b=5))
try:
    f(1, 2)
except TypeError:
    print("TypeError: too many positional")
try:
    f(1)
except TypeError:
    print("TypeError: missing keyword-only")
def g(*args, sep="-", end="!"):
    return sep.join(args) + end
print(g("a", "b", "c"))
print(g("a", "b", sep="+", end="?"))
def h(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, d=6, e=7, f=8))
def only(*, x):
    return x
print(only(x="kw"))
