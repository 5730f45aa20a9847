# expect: hand-written (pin levels and IRQs on a board whose GP2 is wired to GP10, GP5 to GP4, GP3 tied high)
import machine
from machine import Pin

out = Pin('GP2', mode=Pin.OUT, value=0)
inp = Pin('GP10', mode=Pin.IN, pull=Pin.PULL_DOWN)
seen = []
def cb(pin):
    seen.append((pin.id(), pin.irq().flags(), pin()))
irq = inp.irq(trigger=Pin.IRQ_RISING, handler=cb)
print(type(irq).__name__, inp.irq() is irq)
out(1)
print(inp(), seen)  # the handler ran before the write returned, as a hardware interrupt does
out(0)
out(1)
print(seen)
# both edges: flags tell which
seen = []
inp.irq(trigger=Pin.IRQ_RISING | Pin.IRQ_FALLING, handler=cb)
out(0)
out(1)
out(1)  # no change, no interrupt
print(seen)
# calling the irq runs the handler; disable() stops it, enable() brings it back
seen = []
inp.irq()()
inp.irq().disable()
out(0)
out(1)
inp.irq().enable()
out(0)
print(seen)
# machine.disable_irq() holds the handler back until enable_irq()
seen = []
state = machine.disable_irq()
out(1)
print(seen)
machine.enable_irq(state)
print(seen)
# an open-drain output only pulls low; the pull-up shows when it lets go
od = Pin('GP5', mode=Pin.OPEN_DRAIN, value=0)
rd = Pin('GP4', mode=Pin.IN, pull=Pin.PULL_UP)
print(rd(), od())
od(1)
print(rd(), od())
# a tied pin keeps its level whatever the pull
print(Pin('GP3', mode=Pin.IN, pull=Pin.PULL_DOWN)())
# level triggers fire on entering the level
seen = []
inp.irq(trigger=Pin.IRQ_LOW_LEVEL, handler=cb)
out(0)
print(seen)
# a handler that raises is reported, and the irq is off from then on
def bad(pin):
    raise RuntimeError('pin handler')
inp.irq(trigger=Pin.IRQ_RISING, handler=bad)
out(1)
out(0)
out(1)
print('still running')
for kw in [{'trigger': 16}, {'trigger': Pin.IRQ_RISING, 'priority': 8},
           {'trigger': Pin.IRQ_RISING, 'wake': machine.SLEEP},
           {'trigger': Pin.IRQ_RISING | Pin.IRQ_FALLING, 'wake': machine.DEEPSLEEP}]:
    try:
        Pin('GP10').irq(**kw)
        print('ok', kw)
    except ValueError as e:
        print('ValueError', e)
# GP4 can wake the board: a low-level wake source that holds wakes machine.sleep() at once
rd.irq(trigger=Pin.IRQ_HIGH_LEVEL, wake=machine.SLEEP, handler=lambda p: print('woken by', p.id()))
machine.sleep()
print(machine.wake_reason() == machine.PIN_WAKE)
