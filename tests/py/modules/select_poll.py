# expect: hand-written (uselect over the board's streams: files, sys.stdin/stdout)
import select, uselect, sys, os, utime

print(select is uselect, select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
D = "tmp_select_poll"
if D not in os.listdir():
    os.mkdir(D)
with open(D + "/f.txt", "w") as f:
    f.write("data")
f = open(D + "/f.txt")
g = open(D + "/g.bin", "wb")


def names(res):
    return sorted((o is f and "f" or o is g and "g" or o is sys.stdout and "stdout" or "stdin", ev) for o, ev in res)


p = select.poll()
print(type(p).__name__)
p.register(f)
p.register(g, select.POLLOUT)
p.register(sys.stdout, select.POLLOUT)
r = p.poll(0)
print(names(r), all(type(t) is tuple for t in r))
p.modify(f, select.POLLIN)
print(names(p.poll(100)))
p.modify(g, select.POLLIN)
print(names(p.poll()))
p.unregister(f)
p.unregister(f)
p.unregister(g)
print(names(p.poll(-1)))
p.unregister(sys.stdout)
# nothing registered: the timeout (milliseconds) passes and the result is empty
t = utime.ticks_ms()
print(p.poll(50), utime.ticks_diff(t, utime.ticks_ms()) >= 45)
# stdin at the end of its input is readable (a read would not wait)
p.register(sys.stdin, select.POLLIN)
print(names(p.poll(1000)))
for op in [lambda: p.modify(f, select.POLLIN), lambda: p.register(42), lambda: p.register(object())]:
    try:
        op()
    except OSError as e:
        print("OSError", e.args[0])
# select.select: lists of ready streams; the timeout is in seconds
print(select.select([f], [g, sys.stdout], [], 0) == ([f], [g, sys.stdout], []))
print(select.select([], [], [], 0))
t = utime.ticks_ms()
print(select.select([], [], [f], 1), utime.ticks_diff(t, utime.ticks_ms()) >= 950)
try:
    select.select([5], [], [])
except OSError as e:
    print("OSError", e.args[0])
f.close()
g.close()
# a closed file reports an error
p2 = select.poll()
p2.register(f, select.POLLIN)
print(p2.poll(0)[0][1] == select.POLLERR)
os.remove(D + "/f.txt")
os.remove(D + "/g.bin")
os.rmdir(D)
print(D in os.listdir())
