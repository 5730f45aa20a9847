# Calls every method of the board's peripherals (machine, network) with odd arguments: each call
# must end in a result or a Python exception, never an internal (JavaScript) error.
import machine, network
from machine import Pin, Timer, UART, SPI, I2C, ADC, RTC, SD
pool = [None, 0, -1, 3, 2**70, '', 'ab', 'GP2', b'', b'xy', bytearray(b'q'), [], [1, 2], (), (1,), (2015, 1, 1), {}, True, len, object()]
objs = [Pin('GP2'), Timer(0, mode=Timer.PERIODIC), UART(0), SPI(0), I2C(0, I2C.MASTER), ADC(), RTC(), SD(), network.WLAN(), network.Server()]
objs.append(objs[1].channel(Timer.A, freq=10))
objs.append(objs[5].channel(1))
skip = {'connect', 'deinit', 'sendbreak', 'read', 'readall', 'readline', 'readinto'}
bad = 0
count = 0
for o in objs:
    for m in dir(o):
        if m.startswith('_') or m in skip:
            continue
        f = getattr(o, m)
        if not callable(f):
            continue
        for a in [()] + [(x,) for x in pool] + [(x, y) for x in pool for y in pool[:8]]:
            count += 1
            try:
                f(*a)
            except Exception as e:
                if isinstance(e, RuntimeError) and 'internal' in str(e):
                    bad += 1
                    print('INTERNAL', type(o).__name__, m, repr(a)[:60], e)
print('calls', count, 'internal', bad)
