# abs() and divmod() on small ints, big ints, bools and negative operands; divmod by zero.
for v in [0, 5, -5, True, False, 2 ** 70, -(2 ** 70), -1]:
    print(v, abs(v))
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (5, 17), (2 ** 65, 3), (-(2 ** 65), 7), (10, 2 ** 40)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(True, 1), divmod(7, True))
for a, b in [(1, 0), (0, 0), (2 ** 70, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError:
        print("ZeroDivisionError", a)
for bad in ["s", [1], None]:
    try:
        abs(bad)
    except TypeError:
        print("TypeError abs", type(bad).__name__)
try:
    divmod("a", 1)
except TypeError:
    print("TypeError divmod")
class Mag:
    def __abs__(self):
        return "magnitude"
print(abs(Mag()))
