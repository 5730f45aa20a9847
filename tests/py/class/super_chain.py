# Zero-argument super(): chains through several levels, in __init__ and regular methods, cooperative.
class A:
    def __init__(self):
        self.log = ["A"]
    def f(self, x):
        return x + 1
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def f(self, x):
        return super().f(x) * 2
class C(B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
    def f(self, x):
        return super().f(x) - 3
c = C()
print(c.log, c.f(5))
class Base:
    def greet(self):
        return "base"
class Mid(Base):
    pass
class Leaf(Mid):
    def greet(self):
        return "leaf+" + super().greet()
print(Leaf().greet())
class M1:
    def setup(self, log):
        log.append("M1")
        super().setup(log)
class M2:
    def setup(self, log):
        log.append("M2")
        super().setup(log)
class Root:
    def setup(self, log):
        log.append("Root")
class Combo(M1, M2, Root):
    def setup(self, log):
        log.append("Combo")
        super().setup(log)
log = []
Combo().setup(log)
print(log)
class WithCls:
    @classmethod
    def make(cls):
        return cls.__name__
class SubCls(WithCls):
    @classmethod
    def make(cls):
        return "sub:" + super().make()
print(SubCls.make())
