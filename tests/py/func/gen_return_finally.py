# Generators with try/finally and return: finally runs on exhaustion, on return, and on close.
def g1():
    try:
        yield 1
        return "early"
    finally:
        print("g1 finally")
gen = g1()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("stop", e.value)
def g2():
    for i in range(5):
        try:
            if i == 2:
                return
            yield i
        finally:
            print("finally", i)
print(list(g2()))
def g3():
    try:
        yield 1
    except ValueError:
        print("handled")
    yield 2
    yield 3
gen = g3()
print(next(gen), gen.throw(ValueError), next(gen))
def g4():
    x = 0
    while True:
        try:
            x = yield x
        finally:
            print("iteration end")
gen = g4()
next(gen)
gen.send(1)
gen.close()
print("done")
