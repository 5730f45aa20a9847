# Decorators: plain, with arguments, stacked (applied bottom-up), and on classes.
def trace(f):
    def wrapper(*a, **k):
        print("call", f.__name__, a)
        return f(*a, **k)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
def times(n):
    def deco(f):
        def wrapper(x):
            for _ in range(n):
                x = f(x)
            return x
        return wrapper
    return deco
@times(3)
def double(x):
    return x * 2
print(double(1))
def tag(name):
    def deco(f):
        def w():
            return "<%s>%s</%s>" % (name, f(), name)
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
order = []
def mark(label):
    order.append("make " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco
@mark("outer")
@mark("inner")
def g():
    pass
print(order)
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered)
def replace(f):
    return 42
@replace
def gone():
    pass
print(gone)
