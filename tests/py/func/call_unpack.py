# Calls with *iterable and **mapping unpacking, mixed with normal arguments.
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, sorted(kw.items())
args = [1, 2]
kw = {"c": 3, "x": 4}
print(f(*args))
print(f(*args, **kw))
print(f(0, *args))
print(f(*[1, 2, 3, 4, 5]))
print(f(1, *(2,), **{"y": 5}))
print(f(1, 2, *range(3, 6), z=6, **{"w": 7}))
print(f(*"ab"))
def g(*a):
    return a
print(g(*[]))
gen = (i * i for i in range(3))
print(g(*gen))
print(f(a=1, **{"b": 2}))
try:
    f(1, 2, **{"a": 5})
except TypeError:
    print("TypeError: multiple values for a")
