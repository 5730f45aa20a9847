# math errors: domain and range errors as CPython raises them, and argument type errors.
import math
inf = float("inf")
nan = float("nan")
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)), ("sqrt(-inf)", lambda: math.sqrt(-inf)),
    ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)), ("log(0.0)", lambda: math.log(0.0)),
    ("log(-inf)", lambda: math.log(-inf)), ("log(-10**400)", lambda: math.log(-10 ** 400)),
    ("log(2, 1)", lambda: math.log(2, 1)), ("log(1, 0)", lambda: math.log(1, 0)), ("log2(0)", lambda: math.log2(0)),
    ("log10(-2)", lambda: math.log10(-2)), ("exp(1000)", lambda: math.exp(1000)), ("exp(inf)", lambda: math.exp(inf)),
    ("expm1(800)", lambda: math.expm1(800)), ("cosh(1000)", lambda: math.cosh(1000)), ("sinh(-1000)", lambda: math.sinh(-1000)),
    ("sin(inf)", lambda: math.sin(inf)), ("cos(-inf)", lambda: math.cos(-inf)), ("tan(inf)", lambda: math.tan(inf)),
    ("asin(2)", lambda: math.asin(2)), ("acos(-1.5)", lambda: math.acos(-1.5)), ("acosh(0.5)", lambda: math.acosh(0.5)),
    ("atanh(1)", lambda: math.atanh(1)), ("atanh(-2)", lambda: math.atanh(-2)), ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)), ("pow(10, 400)", lambda: math.pow(10, 400)), ("pow(0.0, -inf)", lambda: math.pow(0.0, -inf)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)), ("fmod(inf, 1)", lambda: math.fmod(inf, 1)), ("fmod(nan, 0)", lambda: math.fmod(nan, 0)),
    ("gamma(0)", lambda: math.gamma(0)), ("gamma(-1)", lambda: math.gamma(-1)), ("gamma(-inf)", lambda: math.gamma(-inf)),
    ("gamma(172)", lambda: math.gamma(172)), ("gamma(1e-320)", lambda: math.gamma(1e-320)), ("lgamma(0)", lambda: math.lgamma(0)),
    ("lgamma(-3)", lambda: math.lgamma(-3)), ("lgamma(1e308)", lambda: math.lgamma(1e308)), ("ldexp(1, 10000)", lambda: math.ldexp(1, 10000)),
    ("ldexp(1, 1.5)", lambda: math.ldexp(1, 1.5)), ("ldexp(inf, 5)", lambda: math.ldexp(inf, 5)), ("floor(inf)", lambda: math.floor(inf)),
    ("ceil(nan)", lambda: math.ceil(nan)), ("trunc(-inf)", lambda: math.trunc(-inf)), ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
    ("sqrt('4')", lambda: math.sqrt("4")), ("floor(None)", lambda: math.floor(None)), ("trunc([])", lambda: math.trunc([])),
    ("exp(nan)", lambda: math.exp(nan)), ("atan2(nan, 1)", lambda: math.atan2(nan, 1)), ("hypot", lambda: math.pow(2)),
]
for name, f in cases:
    try:
        r = f()
        print(name, "->", r)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, "->", type(e).__name__, e)
    except TypeError as e:
        print(name, "-> TypeError")
