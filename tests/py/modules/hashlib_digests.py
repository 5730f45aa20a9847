try:
    import uhashlib as hashlib
except ImportError:
    import hashlib
try:
    import ubinascii as binascii
except ImportError:
    import binascii
for data in [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"x" * 1000, bytes(range(256))]:
    for name in ("sha256", "sha1", "md5"):
        h = getattr(hashlib, name)(data)
        print(name, len(data), binascii.hexlify(h.digest()))
h = hashlib.sha256()
h.update(b"hello ")
h.update(bytearray(b"world"))
print(binascii.hexlify(h.digest()), h.hexdigest() == binascii.hexlify(h.digest()).decode())
try:
    hashlib.sha256("str")
except TypeError:
    print("TypeError")
