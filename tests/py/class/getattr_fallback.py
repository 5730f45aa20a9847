# __getattr__ is called only for attributes not found normally; getattr/hasattr interact with it.
class Dyn:
    cls_attr = "class"
    def __init__(self):
        self.real = "instance"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return "dynamic " + name[4:]
        raise AttributeError(name)
d = Dyn()
print(d.real, d.cls_attr, d.dyn_foo, d.dyn_)
print(hasattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "default"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e.args)
d.dyn_set = "set explicitly"
print(d.dyn_set)
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("proxying", name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.target, p.target is not None)
class NoGetattr:
    pass
try:
    NoGetattr().x
except AttributeError:
    print("AttributeError plain")
