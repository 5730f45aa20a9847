# getattr/setattr/hasattr/delattr with names computed at run time, defaults and errors.
class Obj:
    cls_attr = "class"
    def method(self):
        return "method of " + self.name
o = Obj()
setattr(o, "name", "o")
for attr in ["name", "cls_attr", "method", "missing"]:
    print(attr, hasattr(o, attr))
print(getattr(o, "name"), getattr(o, "cls_attr"), getattr(o, "method")())
print(getattr(o, "missing", None), getattr(o, "missing", 0))
try:
    getattr(o, "missing")
except AttributeError:
    print("AttributeError getattr")
for i in range(3):
    setattr(o, "f%d" % i, i * i)
print([getattr(o, "f%d" % i) for i in range(3)])
delattr(o, "f1")
print(hasattr(o, "f1"), hasattr(o, "f2"))
try:
    delattr(o, "f1")
except AttributeError:
    print("AttributeError delattr")
setattr(Obj, "added", 5)
print(o.added, Obj.added)
delattr(Obj, "added")
print(hasattr(o, "added"))
print(getattr([], "append") is not None, getattr("abc", "upper")(), hasattr(5, "real") in (True, False))
try:
    setattr(5, "x", 1)
except AttributeError:
    print("AttributeError int")
try:
    getattr(o, 5)
except TypeError:
    print("TypeError name")
