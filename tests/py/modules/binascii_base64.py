try:
    import ubinascii as binascii
except ImportError:
    import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b'\x00\x07\x0e\x15\x1c#*18?FMT[bipw~\x85\x8c\x93\x9a\xa1\xa8\xaf\xb6\xbd\xc4\xcb\xd2\xd9\xe0\xe7\xee\xf5\xfc']:
    e = binascii.b2a_base64(data)
    print(e, type(e).__name__, binascii.a2b_base64(e) == data)

print(binascii.a2b_base64(b"aGVsbG8gd29ybGQ="))
print(binascii.a2b_base64("aGVsbG8="))
print(binascii.a2b_base64(b"+/+/"))
# characters outside the alphabet are skipped
print(binascii.a2b_base64(b"aGVs\nbG8=\n"))
print(binascii.a2b_base64(b"a G V s b G 8 ="))
print(binascii.a2b_base64(b"!aGVsbG8=*"))
# a pad completing a quad ends the data
print(binascii.a2b_base64(b"YQ==YWJj"))
print(binascii.a2b_base64(b"YWI=YQ=="))
print(binascii.a2b_base64(b""))

for bad in [b"Y", b"YQ", b"YQ=", b"YWJjZ", b"YWJjZA", b"=", b"Y==="]:
    try:
        print(binascii.a2b_base64(bad))
    except ValueError:
        print("ValueError", bad)

for bad in [1, None]:
    for f in (binascii.a2b_base64, binascii.b2a_base64):
        try:
            f(bad)
        except TypeError:
            print("TypeError")

print(binascii.crc32(b""), binascii.crc32(b"hello world"))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")))
