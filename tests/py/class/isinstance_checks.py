# isinstance/issubclass with builtins, user classes, tuples of classes, and bool/int.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(isinstance(b, object), isinstance(A, object), isinstance(5, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(b"", bytes), isinstance(bytearray(), bytearray), isinstance(range(1), range))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError))
print(type(b) is B, type(b) is A, type(b) == B)
print(type(3) is int, type("x") is str, type([]) is list)
try:
    isinstance(b, 5)
except TypeError:
    print("TypeError")
try:
    issubclass(b, A)
except TypeError:
    print("TypeError")
