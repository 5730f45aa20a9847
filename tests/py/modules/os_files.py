# expect: hand-written (the board's filesystem: /flash is this folder; MicroPython's errno values)
import os, sys


def clean(path):
    """Removes a folder tree of our own making."""
    for name in os.listdir(path):
        full = path + "/" + name
        if os.stat(full)[0] & 0x4000:
            clean(full)
        else:
            os.remove(full)
    os.rmdir(path)


if "ostmp" in os.listdir():
    clean("ostmp")
os.mkdir("ostmp")
os.chdir("ostmp")
print(os.getcwd(), os.listdir())
os.mkdir("sub")
with open("sub/a.txt", "w") as f:
    print(f.write("hello\n"), f.write("world\n"))
with open("sub/a.txt") as f:
    print(repr(f.read(3)), repr(f.readline()), f.tell(), f.readlines())
with open("sub/a.txt", "a") as f:
    f.write("more")
with open("sub/a.txt", "rb") as f:
    data = f.read()
print(data, type(data).__name__)
with open("sub/b.bin", "wb") as f:
    f.write(b"\x00\x01\x02")
    f.write(bytearray(b"\x03"))
st = os.stat("sub/b.bin")
print(len(st), st[6], os.stat("sub")[0] & 0x4000 != 0)
print(sorted(os.listdir("sub")), sorted(os.listdir("/flash/ostmp/sub")))
os.rename("sub/b.bin", "sub/c.bin")
print(sorted(os.listdir("sub")))
os.chdir("sub")
print(os.getcwd())
os.chdir("..")
bad = [
    lambda: open("nope.txt"),
    lambda: os.remove("nope"),
    lambda: os.mkdir("sub"),
    lambda: os.chdir("nope"),
    lambda: open("../../../etc/passwd"),
    lambda: os.listdir("/etc"),
]
for op in bad:
    try:
        op()
        print("no error")
    except OSError as e:
        print("OSError", e.args[0])
f = open("t.txt", "w")
f.write("x")
f.close()
try:
    f.write("y")
except (OSError, ValueError):
    print("closed file error")
for line in open("t.txt"):
    print(repr(line))
print(os.sep, os.uname().sysname, len(os.urandom(4)))
os.chdir("..")
clean("ostmp")
print("ostmp" in os.listdir())
print(sys.platform, sys.byteorder, sys.maxsize, sys.implementation.name, sys.path)
sys.stdout.write("via stdout\n")
print("to stdout", file=sys.stdout)
