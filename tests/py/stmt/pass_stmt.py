# pass in every block position, empty classes and functions with only pass or docstrings.
def f():
    pass
print(f())
class C:
    pass
print(type(C()).__name__)
def g():
    "only a docstring"
print(g())
for i in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
class D:
    "doc"
    x = 1
print(D.x)
def h():
    ...
print(h())
print(... is Ellipsis)
