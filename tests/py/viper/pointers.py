# expect: hand-written (viper ptr8/ptr16/ptr32 loads and stores over bytearray, array and memoryview; stores wrap to the element size; little-endian like the WiPy)
import micropython
import array

@micropython.viper
def fill8(buf, n: int):
    p = ptr8(buf)
    for i in range(n):
        p[i] = i * 100

b = bytearray(5)
fill8(b, 5)
print(b, list(b))

@micropython.viper
def sum8(buf: ptr8, n: int) -> int:
    s = 0
    for i in range(n):
        s += buf[i]
    return s

print(sum8(b, 5), sum8(b'\xff\xff', 2))

@micropython.viper
def words16(buf) -> int:
    p = ptr16(buf)
    p[0] = 0x12345
    p[1] = -1
    return p[0] + p[1]

b = bytearray(4)
print(words16(b), b)
a = array.array('H', [0, 0, 7])
print(words16(a), a)

@micropython.viper
def words32(buf) -> int:
    p = ptr32(buf)
    p[0] = 0xffffffff
    p[1] = p[1] + 1
    return p[0]

b = bytearray(8)
print(words32(b), b)
a = array.array('i', [0, 41])
print(words32(a), a)
a = array.array('L', [0, 0xffffffff])
print(words32(a), a)

@micropython.viper
def read32(buf, i: int) -> uint:
    p = ptr32(buf)
    return uint(p[i])

print(read32(b'\x01\x02\x03\x04\xff\xff\xff\xff', 0) == 0x04030201, read32(b'\x01\x02\x03\x04\xff\xff\xff\xff', 1))

@micropython.viper
def recast(buf) -> int:
    p8 = ptr8(buf)
    p32 = ptr32(p8)
    p32[0] = 0x01020304
    return p8[0] * 1000 + p8[3]

b = bytearray(4)
print(recast(b), b)

@micropython.viper
def aug(buf):
    p = ptr8(buf)
    for i in range(4):
        p[i] += 200
    p[0] ^= 0xff
    p[1] <<= 1

b = bytearray([1, 2, 100, 255])
aug(b)
print(list(b))

m = memoryview(bytearray(6))
fill8(m[2:], 4)
print(list(m))

@micropython.viper
def rev(buf, n: int):
    p = ptr8(buf)
    i = 0
    j = n - 1
    while i < j:
        t = p[i]
        p[i] = p[j]
        p[j] = t
        i += 1
        j -= 1

b = bytearray(b'viper!')
rev(b, int(len(b)))
print(b)

@micropython.viper
def step(buf, n: int) -> int:
    p = ptr16(buf)
    c = 0
    for i in range(n - 1, -1, -2):
        p[i] = c
        c += 1
    return c

a = array.array('H', [9] * 7)
print(step(a, 7), a)

# uint indexes, bool stores
@micropython.viper
def flags(buf, i: uint):
    p = ptr8(buf)
    p[i] = i > 1

b = bytearray(4)
flags(b, 1)
flags(b, 3)
print(b)

# pointers need a buffer
for x in ['str', None]:
    try:
        sum8(x, 1)
    except TypeError as e:
        print('TypeError', e)
try:
    sum8(0x20000000, 1)
except NotImplementedError as e:
    print('NotImplementedError', e)
