# LEGB scoping: local, enclosing, global, builtin; assignment makes a name local everywhere.
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    try:
        print(x)
    except NameError:
        print("NameError: x is local before assignment")
    x = 1
print(f(), g())
h()
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("ab"))
def enclosing():
    y = "enclosing"
    def inner():
        return y
    y = "enclosing updated"
    return inner()
print(enclosing())
def param_shadow(x):
    return x
print(param_shadow("param"), x)
class K:
    x = "class attr"
    def m(self):
        return x
print(K().m(), K.x)
