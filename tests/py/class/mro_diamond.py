# Multiple inheritance: method resolution follows C3 linearization (diamond shapes).
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(D().who(), D().only_a())
class E(C, B):
    pass
print(E().who())
class X:
    def f(self):
        return "X"
class Y:
    def f(self):
        return "Y"
    def g(self):
        return "Y.g"
class Z(X, Y):
    pass
class W(Y, X):
    pass
print(Z().f(), W().f(), Z().g())
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()
print(Bottom().hello())
print(isinstance(Bottom(), Right), issubclass(Bottom, Base))
try:
    class Bad(A, D):
        pass
    print("created")
except TypeError:
    print("TypeError: inconsistent MRO")
