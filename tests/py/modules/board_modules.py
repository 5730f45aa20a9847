# expect: hand-written (utime on the 2000 epoch, gc figures of the 64 KiB heap, micropython, array, select, uctypes)
import utime as time, gc, micropython, array, select, uctypes, sys
t0 = time.ticks_ms()
time.sleep_ms(20)
d = time.ticks_diff(t0, time.ticks_ms())
print(d >= 15 and d < 500, time.ticks_diff(5, 3), time.ticks_us() >= 0, time.ticks_cpu() >= 0)
print(time.localtime(0), time.mktime((2000, 1, 1, 0, 0, 0, 5, 1)), time.localtime(86400 * 366)[:3], time.mktime(time.localtime(123456789)))
def held():
    # A large buffer alive while the free figure is read.
    big = bytearray(40000)
    return gc.mem_free()
gc.collect()
f1 = gc.mem_free()
f2 = held()
gc.collect()
f3 = gc.mem_free()
print(gc.mem_alloc() > 0, f1 - f2 >= 30000, f3 - f2 >= 30000)
gc.disable(); gc.enable()
X = micropython.const(5)
print(X, micropython.opt_level() if hasattr(micropython, "opt_level") else 0)
micropython.alloc_emergency_exception_buf(100)
@micropython.native
def nat(x):
    return x * 2
print(nat(21))
@micropython.viper
def v(x: int) -> int:
    return x + 1
print("viper", v(41))
a = array.array("B", [1, 2, 3])
a.append(4); a.extend([5, 6])
print(a, a[1], a[1:3], len(a), list(a), bytes(a))
h = array.array("h", [-1, 1000])
print(h, bytes(h), array.array("I", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
try:
    array.array("f", [1])
except (ValueError, TypeError):
    print("no float arrays")
p = select.poll()
p.register(sys.stdin, select.POLLIN)
print(type(p).__name__, select.POLLIN, select.POLLOUT)
S = {"a": uctypes.UINT8 | 0, "b": uctypes.UINT16 | 2}
buf = bytearray(4)
s = uctypes.struct(uctypes.addressof(buf), S, uctypes.LITTLE_ENDIAN)
s.a = 7; s.b = 0x1234
print(buf, uctypes.sizeof(S), s.a, hex(s.b))
