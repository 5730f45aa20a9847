# expect: hand-written
# MicroPython's uerrno has exactly these 22 codes.
import uerrno
import errno

print(uerrno is errno)
print(len(errno.errorcode))
for n in sorted(errno.errorcode):
    print(n, errno.errorcode[n])
print(hasattr(errno, "ENOTDIR"), hasattr(errno, "ESPIPE"))
