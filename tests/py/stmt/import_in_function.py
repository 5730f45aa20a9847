# import statements inside functions bind local names; sys module attributes exist.
def f():
    import sys
    return type(sys.argv).__name__, type(sys.path).__name__
print(f())
try:
    sys
except NameError:
    print("sys not global")
import sys
print(type(sys.modules).__name__)
def g():
    from sys import path
    return isinstance(path, list)
print(g())
def h():
    import sys as system
    return system is sys
print(h())
