b = b"hello world"
print(b[0], b[-1], b[1:4], b[::2], b[::-1], len(b), b"lo" in b, 104 in b, 1 in b)
print(b.upper(), b.split(), b.split(b"o"), b.rsplit(b" ", 1), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.startswith(b"he"), b.endswith((b"x", b"ld")), b.strip(b"hd"), b"  x ".strip())
print(b.partition(b" "), b.rpartition(b"o"), b"-".join([b"a", b"b", bytearray(b"c")]), b.decode(), b.center(15, b"*"), b.zfill(13))
print(b + b"!", b * 2, 2 * b"ab", b == b"hello world", b < b"help", b"abc" == bytearray(b"abc"), b"a" != b"b")
print(bytes(3), bytes([65, 66]), bytes("héllo", "utf-8"), bytes(range(3)), bytes(bytearray(b"xy")), b"\xc3\xa9".decode("utf-8"))
print(b.isalpha(), b"123".isdigit(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower(), b.hex(), bytes.fromhex("41 42"))
print(list(b"abc"), {b"k": 1}[b"k"], hash(b"ab") == hash(b"ab"), b"a\x00\n'\"", repr(b"it's"), b"%s" if False else b"")
for bad in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: b"abc".index(b"z"), lambda: bytes(["a"]), lambda: b[20]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
ba = bytearray(b"hello")
ba[0] = 72; ba[1:3] = b"EY"; print(ba)
ba[1:3] = b"abcd"; print(ba, len(ba))
ba[2:5] = b""; print(ba)
del ba[0]; print(ba)
del ba[::2]; print(ba)
ba.append(33); ba.extend(b"xyz"); ba.extend([49, 50]); ba.insert(0, 64); print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(120); ba.reverse(); print(ba, ba.copy(), bytearray(), bytearray(2), bytearray([1, 2]), bytearray("ab", "ascii"))
ba += b"++"; print(ba, ba * 2, ba.upper(), type(ba[0:2]).__name__, ba[::2])
ba[::2] = b"\x00" * len(ba[::2]); print(ba)
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(slice(0, 4, 2), b"a"), lambda: bytearray().pop(), lambda: hash(ba), lambda: ba.remove(200)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
m = bytearray(b"abcdef")
mv = memoryview(m)
print(len(mv), mv[0], bytes(mv[1:3]), mv[1:3].tobytes(), list(mv[4:]))
mv[0] = 65; mv[1:3] = b"BC"; print(m)
sub = mv[2:5]; sub[0] = 122; print(m, len(sub), bytes(sub))
mb = memoryview(b"xyz")
try:
    mb[0] = 1
except TypeError:
    print("TypeError readonly")
print(bytes(memoryview(b"qq")), memoryview(b"ab") == b"ab")
