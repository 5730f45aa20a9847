# callable(): functions, lambdas, classes, instances with and without __call__, bound methods.
def f():
    pass
class Plain:
    def m(self):
        pass
class WithCall:
    def __call__(self):
        return "called"
p = Plain()
w = WithCall()
print(callable(f), callable(lambda: 0), callable(Plain), callable(p), callable(w))
print(callable(p.m), callable(Plain.m), callable(print), callable(len), callable(int), callable(str))
print(callable(1), callable("s"), callable(None), callable([]), callable({}), callable(()))
print(callable(type), callable(object), callable(ValueError), callable(ValueError("x")))
print(callable(range), callable(range(3)), callable(iter([])), callable((x for x in [])))
g = (lambda: lambda: 1)()
print(callable(g), g())
class Sub(WithCall):
    pass
print(callable(Sub()), Sub()())
print(callable(Plain().m), callable(WithCall.__call__))
