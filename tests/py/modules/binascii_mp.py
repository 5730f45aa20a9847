# expect: hand-written
# MicroPython specifics: str arguments are taken as their UTF-8 bytes, error messages.
import ubinascii
import binascii

print(ubinascii is binascii)
print(binascii.hexlify("abc"))
print(binascii.hexlify("\u00e9"))
print(binascii.b2a_base64("hi"))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print(e)
for bad in [b"Y", b"YWJ"]:
    try:
        binascii.a2b_base64(bad)
    except ValueError as e:
        print(e)
try:
    binascii.hexlify(1)
except TypeError as e:
    print(e)
