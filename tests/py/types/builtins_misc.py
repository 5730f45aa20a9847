print('append' in dir([]), 'x' in dir())
class A:
    def f(self): pass
a = A(); a.x = 1
print(sorted(d for d in dir(a) if not d.startswith('__')))
print(eval("1+2"), eval("x*2", {"x": 5}))
g = {}
exec("y = 3\ndef h(): return y", g)
print(g["y"], g["h"]())
print(globals()["__name__"], sorted(k for k in locals() if not k.startswith("__"))[:3])
def lf():
    q = 1
    return locals()
print(lf() is not None)
c = compile("print('compiled')", "<s>", "exec")
exec(c)
print(callable(len), callable(1), hash(5), hash(True))
print(list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(filter(None, [0, 1, 2])), list(zip("ab", range(5))))
print(list(reversed([1, 2, 3])), list(enumerate("ab", 1)), sum([1, 2], 10), max([3, 1, 2], key=lambda x: -x), min(4, 2, 8), max([], default=7))
print(divmod(-7, 2), pow(3, 4, 5), pow(2, -1, 7) if False else 0, abs(-5), bin(-5), oct(8), hex(255), ord("a"), chr(9731))
print(isinstance(True, int), issubclass(bool, int), getattr(a, "x"), getattr(a, "zz", 9), hasattr(a, "f"))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), repr("a\n"), round(7))
print(next(iter([5])), next(iter([]), "d"))
print(int("ff", 16), int("0x1f", 0), int(" 12 "), int("-0b101", 0), str(12), bool([]), list(range(10, 0, -3)))
try:
    int("abc")
except ValueError as e:
    print("VE")
print(id(a) == id(a), type(None).__name__, NotImplemented, Ellipsis, ...)
x = [1, [2, 3]]; x[1].append(4); print(x)
print(all([]), any([]), all([1, 0]), any([0, 1]))
