# The math module: values (printed to 12 significant digits where libm may differ in the
# last bit), exact functions at full precision, and special values.
import math
print(math.e, math.pi, type(math.pi).__name__)
def p(*a):
    print(" ".join(x if isinstance(x, str) else "%.12g" % x for x in a))
xs = [0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.7, 10.0, 100.0, -0.3, -2.5]
for x in xs:
    row = []
    for f in [math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.exp, math.expm1, math.erf, math.erfc]:
        row.append("%.12g" % f(x))
    print(x, " ".join(row))
for x in [0.5, 1.0, 2.0, 3.5, 10.0, 171.5, 0.001, -0.5, -1.5, -10.3, 1e-30, 30.2]:
    p(x, math.gamma(x), math.lgamma(x))
for x in [1, 2, 3, 10, 20, 23, 24]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [0.5, 1.0, 2.0, 8.0, 10.0, 1000, 1e-10, 2 ** 1000, 10 ** 400, 3 ** 900]:
    p(math.log(x), math.log2(x), math.log10(x), math.log(x, 10), math.log(x, 2))
print(math.log2(8), math.log2(2 ** 1000), math.log10(1000), math.log10(10 ** 300), math.log(1), math.log(math.e ** 2))
for x in [-1.0, -0.5, 0.0, 0.3, 1.0]:
    p(math.asin(x), math.acos(x))
for x in [1.0, 1.5, 10.0]:
    p(math.acosh(x))
for x in [-0.9, 0.0, 0.5]:
    p(math.atanh(x))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e300), math.sqrt(5e-324), math.sqrt(10 ** 100))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -0.5), math.pow(1, float("nan")), math.pow(float("nan"), 0), math.pow(-1, float("inf")), math.pow(0.5, float("-inf")), math.pow(float("-inf"), 3), math.pow(float("-inf"), -2))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(float("inf"), float("-inf")), math.atan2(1, 0))
print(math.floor(-1.5), math.floor(2), math.floor(2 ** 70), math.ceil(1.2), math.ceil(-1.2), math.ceil(-0.5), math.trunc(-1.7), math.trunc(1.7), math.trunc(5), math.floor(1e20), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.fabs(-0.0), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(1, float("inf")), math.fmod(-0.0, 1))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324), math.frexp(1e308), math.frexp(3), math.frexp(float("inf")))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1075), math.ldexp(1.5, 1023), math.ldexp(1, 2 ** 70 - 2 ** 70), math.ldexp(-0.0, 5), math.ldexp(7, -2 ** 80), math.ldexp(0.75, -1073))
print(math.modf(2.5), math.modf(-2.5), math.modf(3.0), math.modf(-3.0), math.modf(float("inf")), math.modf(float("-inf")), math.modf(1e300))
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(3.5, -1e-300), math.copysign(0.0, -1))
print(math.isfinite(1.0), math.isfinite(float("inf")), math.isinf(float("-inf")), math.isinf(1e308), math.isnan(float("nan")), math.isnan(1), math.isfinite(10 ** 300))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45), math.degrees(-0.5))
print(math.erf(0), math.erf(float("inf")), math.erf(-float("inf")), math.erfc(0), math.erfc(float("inf")), math.erfc(-float("inf")), math.erf(6.5), math.erfc(30))
print(math.exp(0), math.exp(1) == math.e, math.exp(-1000), math.sin(0.0), math.sin(-0.0), math.tanh(1000), math.gamma(float("inf")), math.lgamma(float("-inf")))
nan = math.sqrt(float("nan"))
print(nan != nan, math.sin(float("nan")) != 0, math.gamma(-200.5), math.lgamma(1e-320) > 700)
class C:
    def __float__(self):
        return 0.25
    def __floor__(self):
        return "floor!"
    def __trunc__(self):
        return "trunc!"
print(math.sqrt(C()), math.floor(C()), math.trunc(C()), math.ceil(C()))
