# Chained generators forming a pipeline; infinite generators cut off manually.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for x in it:
        if n <= 0:
            return
        yield x
        n -= 1
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(take(5, squares(evens(naturals())))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(12, fib())))
g = fib()
for _ in range(100):
    v = next(g)
print(v)
def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(list(running_sum(range(1, 11))))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
            yield next(ib)
        except StopIteration:
            return
print(list(interleave("abc", "12345")))
