# Classes defined in functions and in other classes; methods closing over function locals.
def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + ", " + name
    return Greeter
Hello = make_class("Hello")
Hi = make_class("Hi")
print(Hello().greet("a"), Hi().greet("b"), Hello is Hi)
class Outer:
    class Inner:
        value = 42
        def get(self):
            return self.value
    def make_inner(self):
        return self.Inner()
print(Outer.Inner().get(), Outer().make_inner().value, Outer.Inner.__name__)
def counter_class():
    count = 0
    class K:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return K
K = counter_class()
k1, k2 = K(), K()
print(k1.inc(), k2.inc(), k1.inc())
classes = []
for n in range(3):
    class Tmp:
        num = n
    classes.append(Tmp)
print([c.num for c in classes])
