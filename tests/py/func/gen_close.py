# generator.close(): GeneratorExit raised at the yield, finally blocks run, closed generators stop.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gen = g()
print(next(gen))
gen.close()
print("closed")
try:
    next(gen)
except StopIteration:
    print("StopIteration after close")
gen.close()
print("second close is a no-op")
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches()
next(c)
c.close()
def unstarted():
    print("never runs")
    yield
u = unstarted()
u.close()
print("closed unstarted")
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("returning quietly")
        return
r = returns_on_exit()
next(r)
r.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def exhausted():
    yield 1
e = exhausted()
list(e)
e.close()
print("close after exhaustion ok")
