# gen.throw() through `yield from`: a delegate's own throw() gets the value as given (a class,
# or even a non-exception); without a delegate a non-exception is a TypeError.


class Echo:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, x):
        print("delegate got", x)
        return 99


def outer():
    yield from Echo()


g = outer()
next(g)
print(g.throw(7))
print(g.throw(KeyError))


class Plain:
    def __iter__(self):
        return self

    def __next__(self):
        return 2


def outer2():
    yield from Plain()


g = outer2()
next(g)
try:
    g.throw(7)
except TypeError:
    print("TypeError")


def simple():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2


g = simple()
next(g)
print(g.throw(ValueError))


class NotExc(BaseException):
    def __new__(cls, *a):
        return 5


def fresh():
    yield


try:
    fresh().throw(NotExc)
except TypeError:
    print("TypeError from __new__")


def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner GeneratorExit")


def outer3():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer GeneratorExit")
    yield 3


g = outer3()
next(g)
print(g.throw(GeneratorExit))


class Stop(StopIteration):
    pass


class Ends:
    def __iter__(self):
        return self

    def __next__(self):
        raise Stop(42)


def takes():
    r = yield from Ends()
    print("yield from gave", r)


print(list(takes()))
