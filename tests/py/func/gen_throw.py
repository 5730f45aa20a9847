# generator.throw(): exception raised at the yield; generator may catch it and continue.
def g():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            print("caught inside:", e.args)
            yield "recovered"
gen = g()
print(next(gen))
print(gen.throw(ValueError("v1")))
print(next(gen))
try:
    gen.throw(KeyError("k"))
except KeyError as e:
    print("propagated out:", e.args)
try:
    next(gen)
except StopIteration:
    print("generator finished after uncaught throw")
def h():
    yield 1
fresh = h()
try:
    fresh.throw(IndexError)
except IndexError:
    print("throw into unstarted generator raises at once")
try:
    next(fresh)
except StopIteration:
    print("and it is finished")
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
f = fin()
next(f)
try:
    f.throw(TypeError)
except TypeError:
    print("TypeError out")
