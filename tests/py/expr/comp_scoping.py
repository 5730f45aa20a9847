# Comprehension scoping: loop variables don't leak; first iterable is evaluated in the outer scope.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
def f():
    n = 5
    return [n * i for i in range(3)]
print(f())
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(items)
print(C.doubled, C.total)
class D:
    k = 3
    try:
        vals = [k * i for i in range(2)]
    except NameError:
        vals = "NameError: class scope not visible inside comprehension"
print(D.vals)
def g():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g())
i = "unchanged"
s = {i for i in range(3)}
d = {i: i for i in range(3)}
ge = list(i for i in range(3))
print(i, sorted(s), d, ge)
def nested():
    return [[i + j for j in range(i)] for i in range(4)]
print(nested())
