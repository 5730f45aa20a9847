# Wrong argument counts and unexpected keywords raise TypeError.
def f(a, b):
    return a + b
def g(a, b=1):
    return a
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(b=2),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: f(1, 2),
]
for t in tests:
    try:
        print("ok", t())
    except TypeError:
        print("TypeError")
def nokw():
    return 0
try:
    nokw(x=1)
except TypeError:
    print("TypeError: nokw")
try:
    (lambda *, k: k)()
except TypeError:
    print("TypeError: missing kwonly")
