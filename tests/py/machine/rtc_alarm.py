# expect: hand-written (RTC alarms and their irq as the WiPy firmware has them)
import machine, utime
from machine import RTC

rtc = RTC()
calls = []
def handler(r):
    calls.append(r is rtc)
irq = rtc.irq(trigger=RTC.ALARM0, handler=handler)
print(type(irq).__name__)
print(rtc.alarm_left())
rtc.alarm(time=100)
left = rtc.alarm_left()
print(0 < left <= 100)
start = utime.ticks_ms()
while not calls:
    pass
print(calls, utime.ticks_diff(start, utime.ticks_ms()) >= 90, rtc.alarm_left())
# repeating alarm, the handler runs between statements of a busy loop
calls = []
rtc.alarm(0, 30, repeat=True)
while len(calls) < 3:
    pass
rtc.alarm_cancel()
n = len(calls)
utime.sleep_ms(100)
print(n, len(calls) == n)
# irq.disable() keeps the handler from running; enable() brings it back
rtc.alarm(time=20)
irq.disable()
utime.sleep_ms(60)
print(len(calls) == n)
irq.enable()
rtc.alarm(time=20)
utime.sleep_ms(60)
print(len(calls) == n + 1)
# calling the irq object runs the handler now
irq()
print(len(calls) == n + 2)
# machine.disable_irq() holds handlers back until enable_irq()
calls = []
state = machine.disable_irq()
rtc.alarm(time=10)
utime.sleep_ms(50)
print(state, calls)
machine.enable_irq(state)
print(calls)
# a handler that raises is reported and never runs again
def bad(r):
    raise ValueError('in handler')
rtc.irq(trigger=RTC.ALARM0, handler=bad)
rtc.alarm(time=10)
utime.sleep_ms(50)
rtc.alarm(time=10)
utime.sleep_ms(50)
print('main goes on')
# an alarm set from a datetime tuple
rtc.init((2015, 1, 1, 0, 0, 0))
calls = []
rtc.irq(trigger=RTC.ALARM0, handler=handler)
rtc.alarm(time=(2015, 1, 1, 0, 0, 1))
print(900 < rtc.alarm_left() <= 1000)
rtc.alarm_cancel()
for args, kw in [((), {'time': (2015, 1, 1), 'repeat': True}), ((1, 100), {})]:
    try:
        rtc.alarm(*args, **kw)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
for kw in [{'trigger': 2}, {'trigger': RTC.ALARM0, 'wake': 8}]:
    try:
        rtc.irq(**kw)
    except ValueError as e:
        print('ValueError', e)
