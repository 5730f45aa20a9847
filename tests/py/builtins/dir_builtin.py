# dir(): names of a module namespace, a class, an instance (class + instance attributes), a module.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
def public(names):
    return sorted(n for n in names if not n.startswith("_"))
print(public(dir(Child)))
print(public(dir(Child())))
c = Child()
c.extra = 4
print(public(dir(c)))
print("inst" in dir(c), "extra" in dir(Child), "base_method" in dir(c))
x = 1
def f():
    pass
print("x" in dir(), "f" in dir(), "Child" in dir())
import sys
print("path" in dir(sys), "argv" in dir(sys))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "add" in dir(set()))
print(type(dir()).__name__, type(dir(c)).__name__)
