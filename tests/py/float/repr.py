# repr and str of floats: shortest round-trip digits, CPython's switch to exponent notation.
import struct

vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 100.0, 1e15, 1e16, 1e17,
        9999999999999998.0, 123456789012345678.0, 0.0001, 0.00001, 1.5e-7, 1e-4, 9.999e-5,
        1e22, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e-320,
        3.141592653589793, 2.718281828459045, 12345.6789, -0.001, 1e300 * 1e10, -1e300 * 1e10]
for v in vals:
    print(repr(v), str(v), v)
print(vals[:6])
print((1.5, -2.5), {1.5: 0.25})
print(float("inf"), float("-inf"), float("nan"), -float("nan") != 0)

# Pseudo-random bit patterns through struct: every class of double.
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
out = []
for i in range(400):
    hi = (rnd() << 1) & 0x7FEFFFFF
    if i % 7 == 0:
        hi &= 0x000FFFFF  # subnormals
    elif i % 5 == 0:
        hi = (hi & 0x800FFFFF) | ((0x3F0 + rnd() % 0x20) << 20)  # near 1
    lo = rnd() << 1 | (rnd() & 1)
    b = struct.pack("<II", lo & 0xFFFFFFFF, hi)
    v = struct.unpack("<d", b)[0]
    out.append(repr(v))
    if float(repr(v)) != v:
        print("round trip failed", repr(v))
print(" ".join(out))
