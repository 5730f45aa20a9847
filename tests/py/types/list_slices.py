# list slicing: steps, negative bounds, slice assignment and deletion
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[-3:], a[:-7], a[100:], a[-100:2], a[5:1], a[2:-2:3])
print(a[True], a[-1], a[2 ** 3], a[-10], a[:], a[:] is a, a[9:-100:-4], a[-1:-4:-1])
err(lambda: a[::0])
err(lambda: a[10])
err(lambda: a[-11])
err(lambda: a["x"])
err(lambda: a[None])
err(lambda: a[2 ** 80])
b = a[:]
b[::2] = "abcde"
print(b)
b[1::2] = range(5)
print(b)
def wrong_size():
    c = list(range(6))
    c[::2] = [1, 2]
err(wrong_size)
def reversed_assign():
    c = list(range(6))
    c[::-1] = [0, 1, 2, 3, 4, 5]
    return c
err(reversed_assign)
def step_neg():
    c = list(range(6))
    c[4::-2] = "xyz"
    return c
err(step_neg)
c = list(range(10))
del c[::3]
print(c)
del c[::-2]
print(c)
del c[1:3]
print(c)
del c[100:200]
print(c)
c[len(c):] = [7, 8]
print(c)
c[:0] = [-1]
print(c)
c[2:4] = []
print(c)
c[1:1] = "xy"
print(c)
c[-2:] = c
print(c)
c[1:3] = (9 for _ in range(4))
print(c)
c[5:2] = ["ins"]
print(c)
err(lambda: c.__setitem__(slice(0, 1), 5))
def del_bad():
    del c[100]
err(del_bad)
e = [1, 2, 3, 4, 5, 6]
del e[-2:]
del e[0]
print(e, e[::-1][::2], e[1:2] + e[:1])
s = [0] * 5
s[1:4] = [1] * 3
s[::4] = [9, 9]
print(s, s.count(9), s[slice(1, None, 2)], s[slice(None)])
