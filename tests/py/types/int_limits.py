# expect: hand-written (MicroPython 1.8: absurd int sizes raise MemoryError at once; int() rejects underscores)
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
err(lambda: 2 ** (2 ** 100))
err(lambda: 10 ** 10 ** 10)
err(lambda: 3 ** 100000000)
err(lambda: 1 << (1 << 40))
err(lambda: 1 << (2 ** 100))
err(lambda: (-1) ** (10 ** 20))
err(lambda: 0 ** (10 ** 20))
err(lambda: 1 ** (2 ** 100))
x = 2 ** (1 << 25)
err(lambda: x * x)
err(lambda: x * x * x)
err(lambda: (x << 1) >> (1 << 25))
print(len(str(2 ** 100000)), len(hex(7 ** 50000)))
err(lambda: [1] * (1 << 40))
err(lambda: [1] * (2 ** 100))
err(lambda: [1] * -(2 ** 100))
for s in ["1_000", "0_0", "0x_1f", "_1", "1_"]:
    err(lambda: int(s, 0))
