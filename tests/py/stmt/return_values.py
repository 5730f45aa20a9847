# return statements: implicit None, bare return, tuples, early returns from loops.
def a():
    pass
def b():
    return
def c():
    return 1, 2
def d(n):
    for i in range(n):
        if i * i > 10:
            return i
    return -1
print(a(), b(), c(), d(100), d(2))
def multi(x):
    if x:
        return "yes"
    return "no"
print(multi(1), multi(0))
def returns_func():
    return len
print(returns_func()("abc"))
