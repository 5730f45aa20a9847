# Float arithmetic, comparisons with ints, repr, conversions (a board with float turned on).
import math
vals = [0.0, -0.0, 1.5, -2.25, 1e16, 1.5e-7, 0.1, 3.0, 1e22, 2.5, 123456.789]
print([repr(v) for v in vals], [str(v) for v in vals])
print(0.1 + 0.2, 1 / 3, 7 / 2, -7 / 2, 2 ** -1, 10 / 4, 1e308 * 10, -1e308 * 10)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7, 2.0), 2.0 ** 10, (-8.0) ** 3)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 3 < 3.5, 2 ** 100 > 1e29, 0.5 in [0.5], hash(2.0) == hash(2), {1: "int"}[1.0])
print(int(2.7), int(-2.7), float(7), float("  1.5 "), float("-inf"), float("nan") != float("nan"), float("1e3"), float(True))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(7, 2), type(round(2.5)).__name__)
print(abs(-1.5), -(1.5), +1.5, bool(0.0), bool(0.1), max(1, 2.5), min(-1.0, -1), sum([0.5, 0.25]), sorted([3, 1.5, 2]))
print("%.3f %e %g %5.1f|%-8.2f|" % (math.pi, 12345.678, 0.0001, 2.25, 1.005), "{:.2f} {:10.3e} {:g} {:.0%}".format(2.345, 1e-5, 1e20, 0.25))
print(math.sqrt(16), math.floor(-1.5), math.ceil(1.2), math.trunc(-1.7), math.fabs(-3), math.pow(2, 0.5), math.log(math.e), math.log(8, 2))
print(math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.degrees(math.pi), math.isnan(float("nan")), math.isinf(1e309), math.frexp(8.0), math.modf(2.5))
for bad in [lambda: 1 / 0, lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: float("abc"), lambda: int(float("inf")), lambda: int(float("nan")), lambda: math.sqrt(-1), lambda: math.log(0), lambda: 0.0 ** -1]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
