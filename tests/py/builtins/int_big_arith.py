# Arbitrary-precision int arithmetic: factorials, Fibonacci, mixed signs, comparisons, conversions.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50, len(str(f50)), f50 % 1000007, f50 // fact(48))
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)
x = 2 ** 100
y = -(3 ** 60)
print(x + y, x - y, x * y, x // y, x % y, y // x, y % x)
print(x * x - x * x, (x + 1) * (x - 1) == x * x - 1, -x * -x == x * x)
print(x > y, x < y, x == 2 ** 100, x != x + 1, max(x, y), min(x, y), abs(y))
print(str(x)[::-1][:10], int(str(x)) == x, hex(x), -x >> 90, x >> 99, x << 5)
print(10 ** 50 // 10 ** 25, 10 ** 50 % (10 ** 25 + 1), (-(10 ** 30)) // 7, (-(10 ** 30)) % 7)
n = 1
for i in range(1, 30):
    n = n * 10 + i
print(n, n % 97, n & (2 ** 64 - 1), n | 1, n ^ (n >> 3))
print(2 ** 62 + 2 ** 62, 2 ** 63 - 1 + 1, -(2 ** 63) - 1, 4611686018427387904 * 2)
print(1073741823 + 1, 1073741824 * 2, -1073741824 - 1, 2147483647 * 2147483647)
s = 0
for k in range(1, 60):
    s += 2 ** k * (-1) ** k
print(s)
print(sum([10 ** 20] * 10), [2 ** 40] * 2 == [2 ** 40, 2 ** 40], {2 ** 65: 1}.get(2 ** 65))
