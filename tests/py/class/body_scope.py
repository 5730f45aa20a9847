# A name the class body assigns is read from the class namespace, else from the globals
# (never an enclosing function's local of that name); other names close over the function.
label = "module"


def make(label, other):
    class K:
        before = label  # assigned below in the body: the global is read
        label = "class"
        seen = other  # only read: the enclosing argument

    return K


K = make("arg", "outer")
print(K.before, K.label, K.seen)


def make2(v):
    class A:
        w = v

    v += 1
    return v, A.w


print(make2(10))


class Base:
    pass


class Derived(Base):
    pass


print(Base.__bases__ == (object,), Derived.__bases__ == (Base,), object.__bases__)
