# expect: hand-written (MicroPython 1.8 has no PEP 479: StopIteration raised inside a generator ends it)


def g1():
    yield 1
    raise StopIteration


def g2():
    yield 1
    raise StopIteration(7)


def wrap(g):
    r = yield from g
    print("value", r)


print(list(g1()))
print(list(wrap(g1())))
print(list(wrap(g2())))


def half(x):
    if x > 2:
        raise StopIteration(50)
    return x


def over_map():
    r = yield from map(half, range(10))
    print("value", r)


print(list(over_map()))
