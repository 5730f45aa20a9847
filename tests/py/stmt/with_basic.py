# with statement: __enter__ value binding, __exit__ order, multiple context managers.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t is None, v is None, tb is None)
        return False
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body2", x, y)
with CM("c"):
    print("no as")
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            break
print("after loop")
class Self:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
s = Self()
with s as t:
    print(t is s)
