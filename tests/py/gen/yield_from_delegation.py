# yield from forwards next/send/throw/close to the inner iterator, whatever kind it is.
class Echo:
    """An iterator with send/throw/close, driven through yield from."""
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def send(self, v):
        return "echo %s" % v
    def throw(self, e):
        return "caught %s" % type(e).__name__
    def close(self):
        print("Echo.close")

def outer(inner):
    r = yield from inner
    print("inner returned", r)
    yield "after"

g = outer(Echo())
print(next(g), g.send("x"), g.throw(ValueError("v")))
g.close()

def sub():
    try:
        x = yield 1
        print("sub got", x)
        yield 2
    except KeyError:
        print("sub handled KeyError")
        yield 3
    finally:
        print("sub finally")
    return "done"

g = outer(sub())
print(next(g), g.send("hello"), g.throw(KeyError("k")))
print(next(g))
g = outer(sub())
next(g)
g.close()
print(list(outer(range(3))), list(outer("ab")))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError:
    print("RuntimeError: generator ignored GeneratorExit")
