# yield from forwards send() and throw() to the sub-generator.
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def outer():
    while True:
        result = yield from inner()
        print("inner returned", result)
g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))
print(g.send(1))
def inner2():
    try:
        yield "a"
    except ValueError:
        yield "inner handled ValueError"
    yield "b"
def outer2():
    yield from inner2()
    yield "outer end"
h = outer2()
print(next(h))
print(h.throw(ValueError))
print(next(h))
print(next(h))
def inner3():
    try:
        yield 1
        yield 2
    finally:
        print("inner3 finally")
def outer3():
    yield from inner3()
k = outer3()
next(k)
k.close()
print("outer3 closed")
