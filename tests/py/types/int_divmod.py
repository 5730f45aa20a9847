# int // % divmod with every sign combination, around 2**31/2**53/2**64, bigints; pow
vals = [0, 1, -1, 7, -7, 2 ** 31, -2 ** 31, 2 ** 53 - 1, 2 ** 53, -2 ** 53 - 1, 2 ** 64 + 3, -(2 ** 64) - 3, 3 ** 50, -(5 ** 40)]
for a in vals:
    row = []
    for b in vals:
        if b != 0:
            q, r = a // b, a % b
            assert divmod(a, b) == (q, r) and q * b + r == a
            assert (r == 0) or ((r > 0) == (b > 0)) and abs(r) < abs(b)
            row.append(q % 1000003)
            row.append(r % 1000003)
    print(a % 97, row)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, divmod(-7, 2), divmod(7, -2))
print(divmod(2 ** 70, -3), divmod(-2 ** 70, 7), 2 ** 70 // -1, -(2 ** 70) % 1, (-2 ** 70) // 2 ** 69, (2 ** 70 + 1) % 2 ** 35)
print(abs(-0), -0, 0 * -1, (-5) // 5, 5 % 5, (-5) % -3, 5 % -3, -5 // -3, 0 // -3, 0 % -3)
print(9007199254740993 // 2, 9007199254740993 % 10, -9007199254740993 // 10, 18014398509481984 // 3, -9007199254740991 // -1)
print(2 ** 100, (-2) ** 101, 10 ** 50, 0 ** 0, 0 ** 5, 1 ** (2 ** 100), (-1) ** (2 ** 100 + 1), 7 ** 77 % 10 ** 9)
print(pow(2, 10), pow(-3, 3), pow(3, 0), pow(2 ** 40, 2), pow(-2 ** 40, 3), (2 ** 62) * 4, 3 ** 33, 3 ** 34, 7 ** 19)
print(0x7fffffff + 1, -0x80000000 - 1, 0xffffffff * 0xffffffff, 2 ** 62 + 2 ** 62, (2 ** 53) * 3, 123456789 * 987654321)
print(1000000007 * 1000000009 % 998244353, (1 << 53) + 1, (1 << 53) - 1 + 2, -(1 << 53) - 1, 12345678912345 * 100, 2 ** 31 * 2 ** 31)
print(-(2 ** 53) * -(2 ** 53), (2 ** 53 + 1) * -1, -(-(2 ** 70)), +(-5), abs(-2 ** 100), abs(2 ** 100) == 2 ** 100)
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
for bad in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: (2 ** 80) % 0, lambda: (2 ** 80) // 0, lambda: 0 // 0, lambda: 5 // "a", lambda: "a" % [] if False else None + 1]:
    err(bad)
x = 10
x //= 3
x **= 3
x %= 7
x <<= 70
x >>= 68
x |= 1
x &= ~2
x ^= 0xff
x -= 2 ** 80
x += 2 ** 80
x *= -3
print(x)
acc = 1
for i in range(1, 40):
    acc = acc * i // (i % 7 + 1) - i
print(acc, acc % 1000, -acc // 12345)
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact // 2 ** 26, fact % (2 ** 61 - 1), len(str(fact)))
