# Text and binary files: modes, reads, writes, seek/tell, iteration, context managers.
import os

D = "tmp_file_text"


def clean():
    if D in os.listdir():
        for n in os.listdir(D):
            os.remove(D + "/" + n)
        os.rmdir(D)


clean()
os.mkdir(D)
p = D + "/a.txt"

# write returns the count; the with block closes the file
with open(p, "w") as f:
    print(f.write("line one\n"), f.write("line two\n"), f.write("end"))
print(f.closed if hasattr(f, "closed") and False else "closed")

with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read(4)), repr(f.read(5)), f.tell())
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p, "r") as f:
    print(f.readlines())
with open(p) as f:
    for line in f:
        print(repr(line))
with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline(100)))

# seek and tell
with open(p, "rb") as f:
    print(f.seek(5), f.read(3), f.tell())
    print(f.seek(-3, 2), f.read())
    print(f.seek(0), f.seek(2, 1), f.read(2))

# binary mode returns bytes
with open(p, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:8])

# append
with open(p, "a") as f:
    print(f.write("\nappended"))
with open(p) as f:
    print(f.read().split("\n"))

# overwrite: the new content replaces the old one
with open(p, "w") as f:
    f.write("short")
with open(p) as f:
    print(repr(f.read()))

# read and write: r+ updates in place, w+ starts empty, a+ appends and reads
with open(p, "r+") as f:
    f.write("SH")
    f.seek(0)
    print(repr(f.read()))
with open(p, "w+") as f:
    f.write("fresh data")
    f.seek(0)
    print(repr(f.read(5)), f.tell())
with open(p, "a+") as f:
    f.write("!")
    f.seek(0)
    print(repr(f.read()))

# binary writes of bytes and bytearray; readinto
b = D + "/b.bin"
with open(b, "wb") as f:
    print(f.write(b"\x00\x01\x02\x03"), f.write(bytearray(b"\xfe\xff")))
buf = bytearray(4)
with open(b, "rb") as f:
    print(f.readinto(buf), buf, f.readinto(buf), buf, f.readinto(buf))
with open(b, "rb") as f:
    print(f.read(2), f.read(10), f.read(1), f.read())

# exclusive creation
with open(D + "/x.txt", "x") as f:
    f.write("new")
try:
    open(D + "/x.txt", "x")
except OSError as e:
    print("OSError", e.args[0])

# unicode text
with open(D + "/u.txt", "w") as f:
    f.write("héllo wörld ✓\n")
with open(D + "/u.txt") as f:
    print(repr(f.read(5)), repr(f.read()))
with open(D + "/u.txt", "rb") as f:
    print(len(f.read()))

# an empty file
open(D + "/e.txt", "w").close()
with open(D + "/e.txt") as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))

# errors
for args in [(D + "/missing.txt",), (D + "/missing.txt", "r+"), (D + "/nodir/x.txt", "w")]:
    try:
        open(*args)
    except OSError as e:
        print("OSError", e.args[0])
for mode in ["rw", "z", "", "rbt", "++r"]:
    try:
        open(p, mode)
    except ValueError:
        print("ValueError", repr(mode))
f = open(p)
f.close()
f.close()
for op in [f.read, f.readline, f.tell, lambda: f.write("x"), lambda: f.seek(0), lambda: next(iter(f))]:
    try:
        op()
    except ValueError:
        print("ValueError: closed")
print(sorted(os.listdir(D)))
clean()
print(D in os.listdir())
