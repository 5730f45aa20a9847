# bitwise operators and shifts on small, 32/53-bit boundary, big and negative ints
vals = [0, 1, -1, 5, -6, 0x7fffffff, -0x80000000, 0xffffffff, 2 ** 53 - 1, -(2 ** 53), 2 ** 64 + 5, -(2 ** 64) - 5, 2 ** 100, -(3 ** 70)]
for a in vals:
    print(a & 0xffff, ~a, -a, a >> 3, a >> 40, a >> 200, a << 5, (a << 33) >> 33 == a, hash(a) == hash(a), bool(a))
    print([(a & b) % 10007 for b in vals], [(a | b) % 10007 for b in vals], [(a ^ b) % 10007 for b in vals])
print((-2 ** 100) & 0xFFFF, (-2 ** 100 - 1) & 0xFFFF, (-2 ** 100) | 5, (-2 ** 100) ^ -1, (-2 ** 70) >> 3, (-2 ** 70 - 1) >> 69, (-1) >> 1000)
print(1 << 62, 1 << 63, 1 << 64, -1 << 64, 3 << 100, (1 << 100) >> 99, 255 >> 8, -255 >> 8, -256 >> 8, -257 >> 8)
print(0xdeadbeef & 0xffff0000, 0xdeadbeef | 0xf, 0xdeadbeef ^ 0xffffffff, ~0xdeadbeef, -0xdeadbeef & 0xffffffff)
print(bin(-5), oct(8), hex(-255), hex(2 ** 64), bin(0), bin(2 ** 70 - 1).count("1"), hex(-(2 ** 64)), oct(-(8 ** 22)))
print((2 ** 200).bit_length(), (-2 ** 200).bit_length(), (0).bit_length(), (255).bit_length(), (-256).bit_length())
mask = (1 << 128) - 1
v = 0x0123456789abcdef0123456789abcdef
rot = ((v << 13) | (v >> (128 - 13))) & mask
print(hex(rot), hex(v ^ mask), hex(~v & mask), hex((v * 0x9e3779b97f4a7c15) & mask))
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
err(lambda: 1 << -1)
err(lambda: 1 >> -1)
err(lambda: 2 ** 70 >> -1)
err(lambda: 1 & "a")
err(lambda: ~"a")
err(lambda: 1 << "a")
print(0 << (2 ** 100) if False else 0, 5 >> (2 ** 100), -5 >> (2 ** 100))
crc = 0xffffffff
for byte in b"hello":
    crc ^= byte
    for _ in range(8):
        crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1))
print(hex(crc ^ 0xffffffff))
h = 0
for ch in "wipy":
    h = ((h << 5) - h + ord(ch)) & 0xffffffff
print(h, h ^ (h >> 16), (h * 2654435761) % 2 ** 32)
