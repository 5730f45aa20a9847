# A generator's return value is carried by StopIteration (value attribute and args).
def g():
    yield 1
    return "result"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value, e.args)
def no_ret():
    yield 1
n = no_ret()
next(n)
try:
    next(n)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
def sends():
    x = yield
    return x * 2
s = sends()
next(s)
try:
    s.send(21)
except StopIteration as e:
    print("send result", e.value)
print(issubclass(StopIteration, Exception))
