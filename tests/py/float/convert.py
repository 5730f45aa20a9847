# float() from str/int/bool/objects, int() truncation, round() and bool().
for s in ["1.5", "  -2.25\n", "+3", "1e3", "1E-3", ".5", "5.", "-.5e+2", "inf", "-Infinity", "NaN", "nan",
          "-iNF", "1_000.5", "0x10", "", " ", "1.5.5", "e5", "1e", "abc", "1__0", "_1", "infinit", "- 1"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(float(), float(7), float(-3), float(True), float(2 ** 63), float(10 ** 30), float(1.25), float(b"2.5"))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
for bad in [None, [1], "1j"]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
print(int(2.7), int(-2.7), int(0.5), int(-0.5), int(1e20), int(-1e20), int(2.0 ** 70), int(1e300) == 10 ** 300, int(1e300) == int(str(int(1e300))))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.4999), round(1e20), type(round(2.5)).__name__)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(-0.4, 0), round(0.4, 0), round(1.23456789, 5), round(1e300, -299), round(5e-324, 400), round(1e300, -400), round(-1e-300, 5))
print(round(123.456, None), round(7, 2), round(1.5, True), round(float("inf"), 2), round(float("nan"), 1))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError")
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError", e)
print(bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")), not 0.0)
print(str(1.5), "%s" % 2.5, "{}".format(-0.0), str([0.1, 1e-10]))
print(2 ** -1, 2 ** -10, (-3) ** -3, 10 ** -5, type(2 ** -1).__name__, 4 ** 0.5, pow(2, -1), pow(2.0, 3))
print(float(2**53 + 1), float(-(2**53) - 3), float(2**1023 * 2 - 2**970 - 1))
