# Functions are first-class: stored in containers, passed and returned, compared, named.
def a():
    return "a"
def b():
    return "b"
table = {"first": a, "second": b}
print(table["second"](), [f() for f in (a, b)])
print(a.__name__, (lambda: 0).__name__)
print(a == a, a == b, a is a)
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, "four"))
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(callable(a), callable(5), callable(len), callable(int))
alias = a
print(alias.__name__, alias())
print(type(a).__name__)
print(sorted([3, 1, 2], key=None))
funcs = [abs, str, bool]
print([f(-1) for f in funcs])
