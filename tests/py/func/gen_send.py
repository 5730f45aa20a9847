# generator.send(): first send must be None; sent values become yield results.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total // count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
g2 = echo()
try:
    g2.send(5)
except TypeError:
    print("TypeError: non-None to just-started generator")
def acc():
    x = yield
    while True:
        x = yield x * 2
c = acc()
next(c)
print(c.send(3), c.send(4), next(c) if False else c.send(5))
