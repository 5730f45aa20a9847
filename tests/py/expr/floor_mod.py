# Floor division and modulo with negative operands follow floor semantics; divmod agrees.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b) == (q, r), q * b + r == a)
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, big - 1), (-big, 10 ** 20)]:
    q, r = a // b, a % b
    print(q, r, q * b + r == a)
print(-2 ** 40 // 3, -2 ** 40 % 3)
print(5 % -1, -5 // 1, -1 // 10 ** 25, 1 // -10 ** 25)
for op in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 10 ** 30 // 0]:
    try:
        op()
    except ZeroDivisionError:
        print("ZeroDivisionError")
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
