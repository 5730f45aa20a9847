# Float arithmetic, mixing with ints and bools, and CPython's special cases.
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 2 * 0.5, True + 0.5, 0.5 - False, 3 * 1.1)
print(7 / 2, -7 / 2, 7 / -2, 1 / 3, 10 / 5, 0 / 5, 0 / -5, (-0.0) * 1, 2 ** 0.5, 4 ** -0.5)
print(7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2, 7 // 2.0, -7 // 2.0, 0.0 // 1, -0.0 // 1, 1 // -1e300)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2, 7 % 2.5, -1 % 1e300, 1 % -1e300, 0.0 % -1, 6.0 % 2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(0.0, 3), divmod(-0.0, -3), divmod(1e300, 1e-300))
print(2.0 ** 10, (-2.0) ** 3, (-2.0) ** 2, 2 ** -2, (-2) ** -3, 0.0 ** 0, 0 ** 0.0, (-0.0) ** 3, 10 ** -1, 1.5 ** 2)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * 2, 1 / inf, -1 / inf, inf / 2, inf // 1, inf % 2, 5 % inf, -5 % inf)
print(nan + 1, nan * 0, 1 ** nan, nan ** 0, inf ** 0, 2 ** inf, 0.5 ** inf, 2 ** -inf, (-1) ** inf, inf ** -1, (-inf) ** 3, (-inf) ** 2, (-inf) ** -3)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2 ** 1023 * 2.0, 5e-324 / 2)
print(abs(-2.5), abs(-0.0), -(0.0), +(-1.5), -inf, abs(-inf), abs(nan) != abs(nan))
x = 1.0
for i in range(10):
    x = x * 1.5 + 0.25
    x -= 0.125
    x /= 1.01
print(x)
y = 10
y /= 4
print(y, type(y).__name__)
y //= 0.5
print(y)
y **= 2
print(y)
y %= 7
print(y)
print(sum([0.1] * 10), sum([1, 2.5, True]), max(2, 2.5, 1), min(-1, -1.5), sorted([3, 1.5, -2, 2.25, 0]))
print(2 ** 100 + 0.5, 2 ** 53 + 1.0, -(2 ** 70) * 1.5, 10 ** 20 / 7, 7 / 10 ** 20, 2 ** 64 // 3.0)
for f in [lambda: 1 / 0, lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 1.0 % 0.0,
          lambda: divmod(1.0, 0), lambda: divmod(1, 0.0), lambda: 0.0 ** -1, lambda: 0 ** -1,
          lambda: 10.0 ** 400, lambda: (-2.0) ** 1e3 * 1e300 ** 2, lambda: 2 ** 2000 * 1.0,
          lambda: 2 ** 2000 / 1, lambda: 1.0 + 2 ** 1024, lambda: 1.5 + "a", lambda: 1.5 << 1,
          lambda: ~1.5, lambda: 1.5 & 1, lambda: [1][x], lambda: "ab" * 2.0]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if type(e).__name__ != "TypeError" else "")
