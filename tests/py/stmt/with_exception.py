# with statement: __exit__ receives the exception and may suppress it by returning true.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is None:
            print("exit: no exception")
        else:
            print("exit:", t.__name__, v.args, isinstance(v, t))
        return self.suppress
with CM(True):
    raise ValueError("boom", 1)
print("suppressed")
try:
    with CM(False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e.args)
with CM(False):
    pass
try:
    with CM(True), CM(False):
        raise TypeError("inner")
    print("outer suppressed it")
except TypeError:
    print("not reached")
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with Bad():
        print("body not run")
except RuntimeError as e:
    print("enter raised", e.args[0])
