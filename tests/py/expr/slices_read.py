# Slicing reads: negative indices and steps, out-of-range bounds, on list/str/tuple/bytes.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[-100:100], s[100:], s[:-100], s[5:2], repr(s[10:]))
print(s[-1:-11:-1], s[-1::-3], s[:5:-1], s[5::-1])
l = list(range(10))
print(l[1:9:3], l[::-4], l[-2:1:-3], l[100:-100:-1])
t = tuple(range(5))
print(t[1:3], t[::-1], t[3:1], t[-2:])
b = b"abcdef"
print(b[1:4], b[::-1], b[::2], b[-1:-3:-1])
ba = bytearray(b"xyz")
print(ba[1:], ba[::-1])
print(l[None:3], l[7:None], l[::None])
try:
    l[::0]
except ValueError:
    print("ValueError: zero step")
i, j = 2, 6
print(s[i:j], s[i - 10:j + 10], s[j:i:-1])
print(s[-2], l[-10])
try:
    l[10]
except IndexError:
    print("IndexError")
