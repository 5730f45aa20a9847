# bin(), hex() and oct() for zero, negatives, big ints and bools; round trips through int(s, 0).
for v in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 32, 2 ** 64 + 5, -(2 ** 70), True, False]:
    print(v, bin(v), oct(v), hex(v))
for v in [0, 19, -19, 2 ** 100 - 1, -(2 ** 45)]:
    print(int(bin(v), 0) == v, int(oct(v), 0) == v, int(hex(v), 0) == v)
print(hex(0xdeadbeef), oct(0o755), bin(0b1011))
print(len(bin(2 ** 200)), hex(2 ** 64)[:6])
for name, f in (("bin", bin), ("oct", oct), ("hex", hex)):
    for bad in ["1", None, [1]]:
        try:
            f(bad)
        except TypeError:
            print("TypeError", name, type(bad).__name__)
print(bin(-0), hex(-0), oct(0o0))
