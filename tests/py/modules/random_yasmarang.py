# expect: hand-written (urandom is MicroPython's yasmarang generator: seeded sequences are the board's)
import urandom
import random
urandom.seed(42)
a = [urandom.getrandbits(8) for i in range(8)]
urandom.seed(42)
b = [random.getrandbits(8) for i in range(8)]
print(a == b, all(0 <= x < 256 for x in a))
urandom.seed(1)
print([urandom.getrandbits(32) for i in range(3)])
urandom.seed(7)
print([urandom.randint(1, 6) for i in range(10)])
print([urandom.randrange(10) for i in range(5)], [urandom.randrange(10, 20, 3) for i in range(5)])
print(sorted(set(urandom.choice("abc") for i in range(60))))
vals = [urandom.randrange(-5, 5) for i in range(200)]
print(min(vals) >= -5, max(vals) < 5, len(set(vals)) == 10)
for bad in [lambda: urandom.getrandbits(0), lambda: urandom.getrandbits(33), lambda: urandom.randrange(0), lambda: urandom.randrange(5, 5), lambda: urandom.choice([]), lambda: urandom.randrange(1, 5, 0)]:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
print(hasattr(urandom, "random"))
