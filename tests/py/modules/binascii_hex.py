try:
    import ubinascii as binascii
except ImportError:
    import binascii

for data in [b"", b"\x00", b"\x01\x23\x45\x67\x89\xab\xcd\xef", b"hello", b'\x00\x0f\x1e-<KZix\x87\x96\xa5\xb4\xc3\xd2\xe1\xf0\xff']:
    h = binascii.hexlify(data)
    print(h, type(h).__name__, binascii.unhexlify(h) == data)

# the separator (a MicroPython extension that CPython 3.8 adopted)
print(binascii.hexlify(b"\x01\x02\x03", ":"))
print(binascii.hexlify(b"\xff\xfe", b"-"))
print(binascii.hexlify(b"\x01", " "))
print(binascii.hexlify(b"", ":"))

# unhexlify takes str or bytes, upper or lower case
print(binascii.unhexlify("0aFf"))
print(binascii.unhexlify(b"DEADbeef"))
print(binascii.unhexlify(""))

for bad in ["a", "abc", "zz", "0g", "  ", b"1", b"x0"]:
    try:
        binascii.unhexlify(bad)
        print("accepted", bad)
    except ValueError:
        print("ValueError", repr(bad))

for bad in [1, None, [1, 2]]:
    try:
        binascii.hexlify(bad)
    except TypeError:
        print("TypeError")
