# Chained assignment, tuple swap, and assignment evaluation order.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
log = []
def f(name, value):
    log.append(name)
    return value
d = {}
d[f("key", "k")] = f("value", 1)
print(log)
log.clear()
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
a, b = b, a = 1, 2
print(a, b)
p = q = r = 0
p += 1
print(p, q, r)
(m, n), o = "ab", "c"
print(m, n, o)
[h] = [9]
print(h)
