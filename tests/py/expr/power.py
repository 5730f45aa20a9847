# Integer power: right associativity, big results, zero and negative bases, pow with modulus.
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-2) ** 3)
print(2 ** 100, 3 ** 50, 10 ** 40)
print((-3) ** 41)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(7 ** 77 % 1000, pow(7, 77, 1000))
print(pow(2, 100, 10 ** 9 + 7), pow(-2, 5, 7), pow(3, 0, 5), pow(5, 3, 1))
print(pow(2, 10), pow(-3, 3))
print(pow(12345678901234567890, 98765, 10 ** 18 + 9))
x = 3
x **= 4
print(x)
print(-2 ** 2, (-2) ** 2)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
