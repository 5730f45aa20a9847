# expect: hand-written (machine.Timer as the WiPy firmware's pybtimer.c has it)
import machine, utime
from machine import Timer

t0 = Timer(0)
print(t0, Timer(0) is t0)
try:
    t0.channel(Timer.A, freq=10)
except OSError as e:
    print('OSError', e)  # not initialised
t0.init(Timer.PERIODIC)
print(t0, Timer.A, Timer.B, Timer.ONE_SHOT, Timer.PERIODIC, Timer.PWM)
print(Timer.POSITIVE, Timer.NEGATIVE, Timer.TIMEOUT, Timer.MATCH)
ch = t0.channel(Timer.A, freq=100)
print(ch, ch.freq(), ch.period(), t0.channel(Timer.A) is ch, t0.channel(Timer.B))
print(0 <= ch.time() < 10000)
ticks = []
irq = ch.irq(trigger=Timer.TIMEOUT, handler=lambda c: ticks.append(c.irq().flags()))
start = utime.ticks_ms()
while utime.ticks_diff(start, utime.ticks_ms()) < 300:
    pass
print(20 <= len(ticks) <= 40, ticks[0] == Timer.TIMEOUT)
irq.disable()
n = len(ticks)
utime.sleep_ms(50)
print(len(ticks) == n)
irq.enable()
ch.freq(50)
print(ch.freq(), ch.period())
ch.period(25000)
print(ch.freq(), ch.period())
t0.deinit()
n = len(ticks)
utime.sleep_ms(100)
print(len(ticks) == n)
# one shot: the handler runs once
t1 = Timer(1, mode=Timer.ONE_SHOT)
once = []
c1 = t1.channel(Timer.A, period=20000)
print(c1.freq(), c1.period())  # made with a period: freq() stays 0, as the firmware keeps it
c1.irq(handler=lambda c: once.append(1))
utime.sleep_ms(100)
print(once)
# 32-bit timers reach 1 Hz; 16-bit ones cannot go below ~5 Hz
t2 = Timer(2, mode=Timer.PERIODIC, width=32)
print(t2.channel(Timer.A | Timer.B, freq=1))
t2.init(Timer.PERIODIC)
for f in [lambda: t2.channel(Timer.A, freq=1), lambda: t2.channel(Timer.A | Timer.B, freq=10),
          lambda: t2.channel(Timer.A, freq=10, period=100), lambda: t2.channel(Timer.A),
          lambda: t2.channel(3, freq=10), lambda: Timer(4), lambda: Timer(1, mode=99),
          lambda: Timer(1, mode=Timer.PWM, width=32), lambda: Timer(1, mode=Timer.PWM, width=8),
          lambda: t2.channel(Timer.A, freq=10).irq(trigger=Timer.MATCH),
          lambda: t2.channel(Timer.A, freq=10).irq(handler=None, wake=machine.SLEEP)]:
    try:
        print(f())
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
t2.deinit()
# PWM: duty cycle in hundredths of a percent; the channel's pin joins the timer
t3 = Timer(3, mode=Timer.PWM)
pwm = t3.channel(Timer.B, freq=1000, duty_cycle=5055)
print(pwm, pwm.duty_cycle())
pwm.duty_cycle(20000)
print(pwm.duty_cycle())
pwm.duty_cycle(3020, Timer.NEGATIVE)
print(pwm)
print(machine.Pin.board.GP11)
try:
    pwm.period(2000000)
except ValueError as e:
    print('ValueError', e)
pwm.period(20000)
print(pwm.period(), pwm.freq())
t3.deinit()
