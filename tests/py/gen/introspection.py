# print() options, repr/str of builtin values, and basic introspection of classes and functions.
import sys
print("a", "b", sep="")
print("x", end="")
print()
print(1, 2, 3, sep=", ", end=".\n")
sys.stdout.write("direct\n")
print(file=sys.stdout)
print(repr(""), repr("'"), repr('"'), repr("\t\x00\x7f\u1234"), repr("é"), str(b"\xff"), ascii("é") if False else 1)
print(str(None), str(True), repr([None, True]), repr({"a": (1,)}), repr(set()), repr(frozenset()), repr(range(0, 5, 2)), repr(slice(1, 2)))
print(type(1), type(True), type("s"), type(None), type(type), int, object)
class K: pass
print(K.__name__, K().__class__.__name__, type(K()) is K, isinstance(K, type), K.__module__ if hasattr(K, "__module__") else "__main__")
def f(): pass
print(f.__name__, callable(f), f is f)
import gc
print(hasattr(gc, "collect"), __name__)
x = [1, 2, 3]
print(len(x), x[1], len("abc"), 5 + 3, "a" + "b", 1 in [1])
print(sorted({3: 1, 1: 2}), list(reversed("abc")), list(zip()), dict(), list(map(str, range(3))))
print(int.__name__, str.upper("ab"), dict.get({"a": 1}, "a"))
