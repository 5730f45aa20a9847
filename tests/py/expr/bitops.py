# Bitwise operators on small and big ints, including negative operands and shifts.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40, -(2 ** 40) + 3, 2 ** 70 - 1, -(2 ** 70)]
for a in vals:
    print(a, ~a, a & 0xff, a | 0x100, a ^ -1, a >> 3, a << 3)
print(-1 >> 100, 1 >> 100, -(2 ** 100) >> 99, (2 ** 100) >> 99)
print(1 << 100, -1 << 65, 5 << 0)
print(0x0f0f & 0xff00, 0x0f0f | 0xf000, 0x0f0f ^ 0xffff)
print(-6 & 5, -6 | 5, -6 ^ 5, -6 & -5, -6 | -5, -6 ^ -5)
print((2 ** 64 - 1) & -(2 ** 32), -(2 ** 64) | (2 ** 32 - 1), (2 ** 80) ^ -(2 ** 80))
try:
    1 << -1
except ValueError:
    print("ValueError: negative shift")
try:
    1 >> -1
except ValueError:
    print("ValueError: negative shift")
x = 1
x <<= 31
print(x, x >> 31)
print(True << 3, 1 & True)
