# del of names, list items and slices, dict keys, attributes; NameError after del.
x = 1
del x
try:
    x
except NameError:
    print("NameError after del")
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError:
    print("KeyError")
class O:
    pass
o = O()
o.attr = 5
print(hasattr(o, "attr"))
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError:
    print("AttributeError")
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print("both deleted")
def f():
    y = 2
    del y
    try:
        return y
    except NameError:
        return "local NameError"
print(f())
