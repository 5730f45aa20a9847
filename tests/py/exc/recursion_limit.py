# Unbounded recursion raises RuntimeError (RecursionError subclasses it in CPython); program continues.
def f():
    f()
try:
    f()
except RuntimeError:
    print("deep")
def g(n):
    return g(n + 1) + 1
try:
    g(0)
except RuntimeError:
    print("deep again")
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
class R:
    def m(self):
        return self.m()
try:
    R().m()
except RuntimeError:
    print("deep method")
print("still running")
