# int / int is correctly rounded for ints of any size (pseudo-random differential check).
seed = 987654321
def rnd(bits):
    global seed
    r = 0
    for i in range((bits + 29) // 30):
        seed = (seed * 1103515245 + 12345) % 2147483648
        r = (r << 30) | (seed >> 1)
    return r >> (((bits + 29) // 30) * 30 - bits)
out = []
for i in range(300):
    a = rnd(1 + (i * 37) % 1100)
    b = rnd(1 + (i * 53) % 1100) or 1
    if i % 3 == 1:
        a = -a
    try:
        out.append(repr(a / b))
    except OverflowError:
        out.append("OverflowError")
print(" ".join(out))
print(2 ** 1074 and 1 / 2 ** 1074, 3 / 2 ** 1075, 1 / 2 ** 1075, 1 / 2 ** 1076, (2 ** 1075 + 1) / 2 ** 2150, -(10 ** 30) / 7)
print(2 ** 1024 // 3 / 1, (2 ** 1024 - 2 ** 970) / 1 if False else (2 ** 1024 - 2 ** 971) / 1, 10 ** 500 / 10 ** 480, 7 / 10 ** 400)
for a, b in [(2 ** 1024, 1), (2 ** 1024 - 2 ** 970, 1), (10 ** 400, 3), (1, 0), (2 ** 100, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
