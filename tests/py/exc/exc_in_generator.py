# Exceptions raised inside generators propagate to the consumer and finish the generator.
def gen():
    yield 1
    raise ValueError("inside gen")
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e.args)
try:
    next(g)
except StopIteration:
    print("finished")
def safe(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div0"
print(list(safe([1, 0, 5])))
def consumer():
    total = 0
    try:
        for x in gen():
            total += x
    except ValueError:
        return "error after total %d" % total
print(consumer())
def fin():
    try:
        yield "a"
        raise KeyError("k")
    finally:
        print("generator finally")
try:
    for v in fin():
        print("got", v)
except KeyError as e:
    print("KeyError", e.args)
def in_comp():
    return [1 // x for x in [1, 0]]
try:
    in_comp()
except ZeroDivisionError:
    print("ZeroDivisionError from comprehension")
