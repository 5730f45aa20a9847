# expect: hand-written (MicroPython's file objects: type names, errno values, byte counts)
import os

D = "tmp_file_mp"


def clean():
    if D in os.listdir():
        for n in os.listdir(D):
            os.remove(D + "/" + n)
        os.rmdir(D)


clean()
os.mkdir(D)
p = D + "/t.txt"
f = open(p, "w")
print(type(f).__name__, repr(f).startswith("<io.TextIOWrapper "), repr(f)[-1])
# write returns the number of bytes, in text mode too
print(f.write("é✓"), f.write(b"raw"), f.write(bytearray(b"!")))
f.close()
f = open(p, "rb")
print(type(f).__name__, repr(f).startswith("<io.FileIO "), f.read())
f.close()
# text reads count characters
with open(p) as f:
    print(repr(f.read(1)), f.tell(), repr(f.read(1)), f.tell())
# keyword arguments, bytes paths
with open(file=p, mode="rb") as f:
    print(f.read(2))
with open(bytes(p, "utf-8")) as f:
    print(len(f.read()))
# reading a write-only file and writing a read-only one: EACCES, as FatFs says
with open(p, "a") as f:
    try:
        f.read()
    except OSError as e:
        print("read:", e)
with open(p) as f:
    try:
        f.write("x")
    except OSError as e:
        print("write:", e)
# missing files: OSError(ENOENT) with MicroPython's printout
try:
    open(D + "/missing")
except OSError as e:
    print(repr(e), e.args, e)
for bad in ["", "/", "/flash", D]:
    try:
        open(bad)
    except OSError as e:
        print(repr(bad), e)
for bad in [5, None, ["x"]]:
    try:
        open(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    open(p, 1)
except TypeError as e:
    print("TypeError", e)
# closed files raise ValueError; close() twice is fine
f = open(p)
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
# seek past the end of a file being written fills with zeros; negative positions fail
with open(D + "/z.bin", "wb") as f:
    f.write(b"ab")
    f.seek(4)
    f.write(b"c")
    try:
        f.seek(-10, 1)
    except OSError as e:
        print("seek:", e)
with open(D + "/z.bin", "rb") as f:
    print(f.read())
# readinto with a size, and into an array
import array
a = array.array("H", [0, 0, 0])
with open(D + "/z.bin", "rb") as f:
    print(f.readinto(a), a, f.readinto(bytearray(4), 1))
try:
    open(D + "/z.bin", "rb").readinto(b"immutable")
except TypeError as e:
    print("TypeError", e)
# an overwrite replaces the file in one step; the program sees its writes at once
with open(p, "w") as f:
    f.write("version 1")
f = open(p, "w")
f.write("version 2")
f.flush()
print(open(p).read(), os.stat(p)[6])
f.write(" and more")
print(open(p).read())
f.close()
print(open(p).read())
# files opened with "w" exist at once
g = open(D + "/new.txt", "w")
print("new.txt" in os.listdir(D))
g.close()
print(sorted(os.listdir(D)))
clean()
print(D in os.listdir())
