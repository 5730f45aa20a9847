# expect: hand-written (the board's filesystem: /flash is this folder; MicroPython's errno values)
import os, uos

D = "tmp_os_paths"


def clean(path):
    for name in os.listdir(path):
        full = path + "/" + name
        if os.stat(full)[0] & 0x4000:
            clean(full)
        else:
            os.remove(full)
    os.rmdir(path)


if D in os.listdir():
    clean(D)
print(os is uos, os.sep, os.getcwd())
print(os.uname())
u = os.uname()
print(u.sysname, u.nodename, u.release, u[0] == u.sysname, len(u))
print(os.listdir("/"), os.stat("/"), os.stat("/flash")[:7])
os.mkdir(D)
os.chdir(D)
print(os.getcwd(), os.listdir(), os.listdir("."), os.listdir(""  + "."))
os.mkdir("a")
os.mkdir("a/b")
with open("a/b/f.txt", "w") as f:
    f.write("12345")
st = os.stat("a/b/f.txt")
print(len(st), st[0], st[6], st[1:6], st[7] == st[8] == st[9], st[8] > 500000000)
print(os.stat("a")[0], os.stat("a")[6])
# relative paths, "." and ".." inside the mounts
os.chdir("a/b")
print(os.getcwd(), os.listdir(), os.listdir(".."), os.listdir("../.."))
os.chdir("../..")
print(os.getcwd())
os.chdir("/")
print(os.getcwd(), os.listdir())
os.chdir("/flash/" + D)
# ".." never leaves the board's root: /flash/.. is / and /.. is / too
print(os.listdir("/flash/.."), os.listdir("../../../.."), os.listdir("/../flash/" + D + "/a"))
# rename files and folders
os.rename("a/b/f.txt", "a/g.txt")
os.rename("a/b", "c")
print(sorted(os.listdir()), os.listdir("a"), os.listdir("c"))
# errors: OSError with the firmware's errno values
tests = [
    ("stat missing", lambda: os.stat("nope")),
    ("listdir missing", lambda: os.listdir("nope")),
    ("listdir file", lambda: os.listdir("a/g.txt")),
    ("chdir file", lambda: os.chdir("a/g.txt")),
    ("chdir missing", lambda: os.chdir("/sd")),
    ("mkdir exists", lambda: os.mkdir("a")),
    ("mkdir no parent", lambda: os.mkdir("x/y")),
    ("mkdir root", lambda: os.mkdir("/flash")),
    ("rmdir not empty", lambda: os.rmdir("a")),
    ("rmdir file", lambda: os.rmdir("a/g.txt")),
    ("rmdir mount", lambda: os.rmdir("/flash")),
    ("remove missing", lambda: os.remove("nope")),
    ("remove folder", lambda: os.remove("c")),
    ("rename missing", lambda: os.rename("nope", "x")),
    ("rename onto existing", lambda: os.rename("a/g.txt", "c")),
    ("rename mount", lambda: os.rename("/flash", "/x")),
    ("rename into itself", lambda: os.rename("a", "a/z")),
    ("outside the mounts", lambda: os.listdir("/etc")),
    ("absolute host path", lambda: open("/etc/passwd")),
    ("escape with ..", lambda: open("../../../../etc/passwd")),
    ("empty path", lambda: os.stat("")),
    ("mkfs bad path", lambda: os.mkfs("/nope")),
    ("mount bad device", lambda: os.mount(object(), "/sd")),
    ("unmount not mounted", lambda: os.unmount("/sd")),
    ("unmount flash", lambda: os.unmount("/flash")),
]
for name, op in tests:
    try:
        op()
        print(name, "no error")
    except OSError as e:
        print(name, "OSError", e.args[0])
    except ValueError as e:
        print(name, "ValueError", e)
for bad in [None, 5, b"a"]:
    try:
        print(os.listdir(bad) if bad == b"a" else os.stat(bad))
    except TypeError as e:
        print("TypeError", e)
# urandom, sync, dupterm
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(16) != r, os.sync())
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
print(os.dupterm())
try:
    os.dupterm(5)
except AttributeError:
    print("AttributeError")
os.remove("a/g.txt")
os.rmdir("a")
print(sorted(os.listdir()))
os.chdir("..")
clean(D)
print(D in os.listdir(), os.getcwd())
