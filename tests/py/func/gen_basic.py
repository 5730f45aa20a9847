# Generator functions: lazy execution, next(), exhaustion raising StopIteration.
def gen():
    print("start")
    yield 1
    print("between")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    next(g)
except StopIteration:
    print("still StopIteration")
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
print(type(count(1)).__name__)
it = count(3)
print(iter(it) is it)
for v in count(2):
    print("for", v)
def empty():
    return
    yield
print(list(empty()))
def yields_none():
    yield
print(list(yields_none()))
