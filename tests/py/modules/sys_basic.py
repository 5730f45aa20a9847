# expect: hand-written (sys as the WiPy's MicroPython 1.8.3 has it)
import sys

print(sys.argv[0].endswith("sys_basic.py"), type(sys.argv).__name__)
print(sys.byteorder, sys.maxsize, sys.platform, sys.version, sys.version_info)
print(sys.implementation, sys.implementation.name, sys.implementation.version)
print(sys.implementation[0], sys.implementation.version >= (1, 8))
print(sys.path)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
bits = 0
v = sys.maxsize
while v:
    bits += 1
    v >>= 1
print(bits)

# the standard streams
print(sys.stdin, sys.stdout, sys.stderr, type(sys.stdout).__name__)
n = sys.stdout.write("written\n")
print(n, sys.stdout.write("é\n"), sys.stdout.write(b"bytes\n"))
sys.stdout.flush()
print("via file=", file=sys.stdout)
for op in [lambda: sys.stdout.read(), lambda: sys.stdin.write("x"), lambda: sys.stdout.write(5)]:
    try:
        op()
    except OSError as e:
        print("OSError", e.args[0])
    except TypeError as e:
        print("TypeError", e)
# stdin is empty in the test run
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), repr(sys.stdin.read(3)))
print(sys.stdin.readinto(bytearray(4)))


# print_exception: traceback to stdout or to a stream
def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError as e:
    sys.print_exception(e)
    sys.print_exception(e, sys.stdout)
    exc = e


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


s = Sink()
sys.print_exception(exc, s)
print(len(s.parts) > 0, "".join(s.parts).splitlines()[-1])
sys.print_exception(IndexError("idx"))
sys.print_exception(5)

# exit raises SystemExit with the given value
for args in [(), (0,), (3,), ("message",)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit", e.args)
try:
    sys.exit(1, 2)
except TypeError:
    print("TypeError")
# argv and path are mutable lists
sys.path.append("/flash/extra")
print(sys.path[-1])
sys.path.pop()
print(sys.path)
