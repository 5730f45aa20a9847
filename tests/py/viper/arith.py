# expect: hand-written (viper machine-word arithmetic as the WiPy's Cortex-M4 computes it: 32-bit wraparound, uint, shifts, comparisons, casts, return annotations)
import micropython
from micropython import const

K = const(0x55)

@micropython.viper
def add(a: int, b: int) -> int:
    return a + b

@micropython.viper
def sub(a: int, b: int) -> int:
    return a - b

@micropython.viper
def mul(a: int, b: int) -> int:
    return a * b

print(add(0x7fffffff, 1), add(-0x80000000, -1), add(2, 3))
print(sub(-0x80000000, 1), sub(5, 7))
print(mul(0x10000, 0x10000), mul(0x12345, 0x6789), mul(-3, 7))

@micropython.viper
def ucast(a: int) -> uint:
    return uint(a)

print(ucast(-1), ucast(-2), ucast(5))

# arguments are truncated to 32 bits (mp_obj_get_int_truncated)
print(add(0x100000005, 0), add(True, 1), ucast(-0x100000000))

@micropython.viper
def bits(a: int, b: int) -> int:
    return (a & b) | (a ^ K)

print(bits(0xf0, 0x3c), bits(-1, 0))

@micropython.viper
def shl(a: int, n: int) -> int:
    return a << n

@micropython.viper
def sar(a: int, n: int) -> int:
    return a >> n

@micropython.viper
def shr(a: uint, n: int) -> uint:
    return a >> n

print(shl(1, 31), shl(3, 30), shl(1, 32), shl(1, 33), shl(5, 0))
print(sar(-256, 4), sar(-1, 40), sar(0x40000000, 30), sar(100, 32))
print(shr(-256, 4), shr(0xffffffff, 31), shr(0xffffffff, 32))

@micropython.viper
def consts() -> int:
    x = 0x7fffffff
    y = -1
    z = 1 << 4
    return x + y + z + K

print(consts())

@micropython.viper
def lt(a: int, b: int) -> bool:
    return a < b

@micropython.viper
def ult(a: uint, b: uint) -> bool:
    return a < b

@micropython.viper
def eq(a: int, b: int) -> bool:
    return a == b

print(lt(-1, 0), lt(0x7fffffff, -0x80000000), ult(-1, 0), ult(0, -1), eq(0xffffffff, -1))

@micropython.viper
def chain(a: int, b: int, c: int) -> bool:
    return a < b <= c

print(chain(1, 2, 2), chain(1, 3, 2), chain(2, 1, 3))

@micropython.viper
def logic(a: int, b: int) -> int:
    if a and not b:
        return 1
    if a > 0 or b > 0:
        return a or b
    return 3 if a == b else 4

print(logic(5, 0), logic(0, 7), logic(2, 3), logic(-1, -1), logic(-1, -2))

@micropython.viper
def tobool(a: int) -> bool:
    return bool(a)

@micropython.viper
def fromobj(x) -> int:
    return int(x) + 1

@micropython.viper
def objbool(x) -> bool:
    return bool(x)

print(tobool(0), tobool(-5), fromobj(41), fromobj(0xffffffff), fromobj(True), objbool([]), objbool('a'))

@micropython.viper
def noreturn() -> int:
    pass

@micropython.viper
def retnone() -> bool:
    return None

@micropython.viper
def retobj():
    x = 7
    return None

print(noreturn(), retnone(), retobj())

@micropython.viper
def aug(a: int) -> int:
    a += 0x7fffffff
    a -= 1
    a *= 3
    a <<= 1
    a >>= 2
    a ^= 0xff
    a |= 1
    a &= 0xfffff
    return a

print(aug(1))

@micropython.viper
def swap(a: int, b: int) -> int:
    a, b = b, a
    return a * 10 + b

print(swap(1, 2))

@micropython.viper
def fib(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a

print(fib(10), fib(47), fib(48))
