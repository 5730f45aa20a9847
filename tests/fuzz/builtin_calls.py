# Calls every builtin and every method of the builtin types with odd arguments: each call must
# end in a result or a Python exception, never an internal (JavaScript) error.
import sys
pool = [None, 0, -1, 3, 2**70, -2**70, '', 'ab', b'', b'xy', bytearray(b'q'), [], [1, 2], (), (1,), {}, {1: 2}, set(), range(3), True, len, object(), sys]
types = [int, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, memoryview, bool, object, type, slice, enumerate, zip, map, filter, reversed]
samples = {int: 5, str: 'abc', bytes: b'abc', bytearray: bytearray(b'abc'), list: [3, 1, 2], tuple: (1, 2), dict: {1: 2, 'a': 3}, set: {1, 2}, frozenset: frozenset({1}), range: range(5), memoryview: memoryview(b'abc'), bool: True, object: object(), type: int, slice: slice(1, 2)}
bad = 0
count = 0
def tryit(label, f, args):
    global bad, count
    count += 1
    try:
        f(*args)
    except Exception as e:
        if isinstance(e, RuntimeError) and 'internal' in str(e):
            bad += 1
            print('INTERNAL', label, repr(args)[:80], e)
import builtins
names = [n for n in dir(builtins) if not n.startswith('_') and n not in ('input', 'help', 'exit', 'open', 'exec', 'eval', 'compile', 'print', 'quit', '__import__')]
for n in names:
    f = getattr(builtins, n)
    if not callable(f) or (isinstance(f, type) and issubclass(f, BaseException)):
        continue
    tryit(n, f, ())
    for a in pool:
        tryit(n, f, (a,))
        for b in pool[:12]:
            tryit(n, f, (a, b))
for t, inst in samples.items():
    for m in dir(inst):
        if m.startswith('__') and m not in ('__add__', '__mul__', '__getitem__', '__contains__', '__eq__', '__lt__', '__iter__', '__len__', '__setitem__', '__delitem__', '__init__', '__new__', '__hash__', '__repr__', '__str__'):
            continue
        for a in [()] + [(x,) for x in pool] + [(x, y) for x in pool[:10] for y in pool[:10]]:
            # fresh instance each time for mutating methods
            i2 = samples[t]
            if t in (list, dict, set, bytearray):
                i2 = t(samples[t])
            try:
                meth = getattr(i2, m)
            except Exception:
                continue
            if callable(meth):
                tryit(t.__name__ + '.' + m, meth, a)
print('calls', count, 'internal', bad)
