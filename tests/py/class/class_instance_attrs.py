# Class attributes vs instance attributes: shadowing, shared mutables, modification via the class.
class C:
    shared = []
    counter = 0
    name = "class"
    def __init__(self):
        C.counter += 1
a, b = C(), C()
a.shared.append(1)
print(b.shared, C.shared, C.counter)
a.name = "instance a"
print(a.name, b.name, C.name)
C.name = "changed"
print(a.name, b.name)
del a.name
print(a.name)
a.shared = ["own"]
print(a.shared, b.shared, C.shared)
C.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"))
def method(self):
    return "bound later " + self.name
C.m = method
print(b.m())
class D:
    x = 1
    y = x + 1
    z = [x, y]
print(D.x, D.y, D.z)
print(hasattr(C(), "counter"), getattr(C, "counter"))
