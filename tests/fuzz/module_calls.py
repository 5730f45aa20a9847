# Calls every function of the library modules with odd arguments (1-3 of them): each call must
# end in a result or a Python exception, never an internal (JavaScript) error.
import sys
pool = [None, 0, -1, 3, 2**70, -2**70, '', 'ab', 'b', b'', b'xy', bytearray(b'q'), [], [1, 2], (), (1,), {}, {1: 2}, True, len, object(), '/flash', 'i', '<I', (2015, 1, 1)]
mods = ['ustruct', 'ujson', 'ubinascii', 'array', 'ure', 'uos', 'utime', 'uctypes', 'machine', 'gc', 'micropython', 'uhashlib', 'uheapq', 'urandom', 'ucollections', 'uio', 'select', 'sys', 'uerrno', 'network', 'wipy', 'ussl']
skip = {'uos.mkfs', 'uos.dupterm', 'uos.remove', 'uos.rmdir', 'uos.rename', 'uos.chdir', 'uos.mkdir', 'uos.unmount', 'machine.reset', 'machine.deepsleep', 'machine.sleep', 'utime.sleep', 'utime.sleep_ms', 'utime.sleep_us', 'sys.exit', 'machine.WDT', 'micropython.kbd_intr', 'machine.idle', 'uos.urandom'}
bad = 0
count = 0
def tryit(label, f, args):
    global bad, count
    count += 1
    try:
        r = f(*args)
        if callable(getattr(r, 'read', None)) and label.startswith('uio'):
            pass
    except Exception as e:
        if isinstance(e, RuntimeError) and 'internal' in str(e):
            bad += 1
            print('INTERNAL', label, repr(args)[:80], e)
for mn in mods:
    m = __import__(mn)
    for n in dir(m):
        if n.startswith('_'):
            continue
        label = mn + '.' + n
        if label in skip:
            continue
        f = getattr(m, n)
        if not callable(f):
            continue
        tryit(label, f, ())
        for a in pool:
            tryit(label, f, (a,))
            for b in pool:
                tryit(label, f, (a, b))
                if mn in ('ustruct', 'uctypes', 'array', 'ure'):
                    for c in pool[:12]:
                        tryit(label, f, (a, b, c))
print('calls', count, 'internal', bad)
