# expect: hand-written (machine.Pin as the WiPy firmware's pybpin.c has it)
from machine import Pin

p = Pin('GP2', mode=Pin.OUT)
print(p, p.id(), p.mode() == Pin.OUT, p.pull(), p.drive() == Pin.MED_POWER)
p.value(1)
print(p.value(), p())
p(0)
print(p.value())
p.toggle()
print(p())
p.value([])  # anything that converts to a bool
print(p())
print(Pin('GP2') is p, p.mode() == Pin.IN)  # construction runs init(): an input again
q = Pin(Pin.board.GP9, mode=Pin.OUT, pull=Pin.PULL_UP, drive=Pin.HIGH_POWER, value=1)
print(q, q(), q is Pin.board.GP9)
q.mode(Pin.OPEN_DRAIN)
q.pull(None)
q.drive(Pin.LOW_POWER)
print(q)
a = Pin('GP16', mode=Pin.ALT, alt=7)
print(a, a.alt_list())
print(Pin.board.GP25, Pin.board)
print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.ALT, Pin.ALT_OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN)
print(Pin.LOW_POWER, Pin.MED_POWER, Pin.HIGH_POWER)
print(Pin.IRQ_FALLING, Pin.IRQ_RISING, Pin.IRQ_LOW_LEVEL, Pin.IRQ_HIGH_LEVEL)
# inputs: the pull resistor decides a pin nothing drives
i = Pin('GP1', mode=Pin.IN, pull=Pin.PULL_UP)
print(i(), i.pull() == Pin.PULL_UP)
i.pull(Pin.PULL_DOWN)
print(i())
i.init(Pin.IN, None)
print(i(), i.pull())
for args, kw in [(('GP99',), {}), ((5,), {}), (('GP2', 7), {}), (('GP2',), {'pull': 3}),
                 (('GP2',), {'drive': 1}), (('GP2', Pin.OUT), {'alt': 3}),
                 (('GP2', Pin.ALT), {'alt': 16}), (('GP2', Pin.ALT), {'alt': 5}),
                 (('GP2',), {'speed': 1}), ((), {})]:
    try:
        Pin(*args, **kw)
        print('ok', args, kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: p.mode(99), lambda: p.pull(1), lambda: p.drive(0), lambda: p.value(1, 2),
            lambda: p(1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
