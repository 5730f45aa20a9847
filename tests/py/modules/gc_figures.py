# expect: hand-written (gc figures of the board's 64 KiB heap, in MicroPython's object sizes)
import gc

HEAP = 65536
# Every global is bound before measuring: a new global can grow the module's dict.
a0 = f0 = x1 = b = b2 = b3 = f1 = f2 = f3 = 0
big_list = buf = s = d = pts = huge = None


class Point:
    def __init__(self, x):
        self.x = x


def grew(before):
    return gc.mem_alloc() - before


def fill(n):
    out = []
    for i in range(n):
        out.append(bytearray(30000))
    return out


def held():
    local = bytearray(30000)
    return gc.mem_free()


gc.collect()
a0 = gc.mem_alloc()
f0 = gc.mem_free()
print(a0 + f0 == HEAP, 0 < a0 < 8000, f0 > 50000)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.collect(), gc.enable(), gc.disable())
gc.enable()
# repeated collections give the same figures
gc.collect()
x1 = gc.mem_alloc()
gc.collect()
print(gc.mem_alloc() == x1, gc.mem_alloc() + gc.mem_free() == HEAP)

# a list of 5000 items takes about a word per item
gc.collect()
b = gc.mem_alloc()
big_list = [0] * 5000
print("list", 19000 <= grew(b) <= 22000)
big_list = None
gc.collect()
print("list freed", grew(b) < 100)

# a bytearray takes its size, wherever it is held
gc.collect()
b = gc.mem_alloc()
buf = bytearray(20000)
print("bytearray", 19900 <= grew(b) <= 21000, gc.mem_alloc() + gc.mem_free() == HEAP)
buf = None
gc.collect()
print("bytearray freed", grew(b) < 100)

gc.collect()
f1 = gc.mem_free()
f2 = held()
gc.collect()
f3 = gc.mem_free()
print("local buffer", 29000 <= f1 - f2 <= 31000, abs(f3 - f1) < 100)

# strings, dicts and instances count too
gc.collect()
b = gc.mem_alloc()
s = "x" * 4000
print("str", 4000 <= grew(b) <= 4100)
d = {i: i for i in range(500)}
b2 = gc.mem_alloc()
print("dict", 4000 <= b2 - b - 4000 <= 8000)
pts = [Point(i) for i in range(200)]
b3 = gc.mem_alloc()
print("instances", 8000 <= b3 - b2 <= 24000)
s = d = pts = None
gc.collect()
print("all freed", grew(b) < 100)

# the figures never leave the heap: more than the heap is all of it
gc.collect()
huge = fill(3)
print(gc.mem_alloc() == HEAP, gc.mem_free() == 0)
huge = None
gc.collect()
print(gc.mem_free() > 50000)
