# nonlocal rebinding across one and several enclosing levels.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def two():
    a = 1
    b = 2
    def f():
        nonlocal a, b
        a, b = b, a
    f()
    return a, b
print(two())
def shadowing():
    x = 1
    def g():
        x = 2
        def h():
            nonlocal x
            x = 3
        h()
        return x
    return g(), x
print(shadowing())
