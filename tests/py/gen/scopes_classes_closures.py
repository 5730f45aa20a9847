x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
    z = (lambda: x)()
print(C.y, C().m(), C.z)
def outer():
    v = 1
    class K:
        v = 2
        def get(self):
            return v
        w = v
    return K().get(), K.w
print(outer())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc, lambda: n
inc, get = counter()
inc(); inc()
print(get())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def gen_scope():
    total = 10
    return list(total + j for j in range(3))
print(gen_scope())
try:
    def bad():
        print(q)
        q = 1
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError")
except NameError as e:
    print("NameError")
def g():
    global newglob
    newglob = 5
g(); print(newglob)
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
