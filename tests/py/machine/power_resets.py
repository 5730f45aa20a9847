# expect: hand-written (resets and power modes on the virtual WiPy: a reset runs the program again)
import machine, utime
from machine import RTC

cause = machine.reset_cause()
print('boot', cause, machine.wake_reason())
if cause == machine.POWER_ON:
    print(machine.freq(), len(machine.unique_id()), machine.unique_id() == machine.unique_id())
    print(0 <= machine.rng() < 2 ** 24)
    machine.idle()
    # machine.sleep() returns when the RTC alarm wakes the board; the handler ran first
    rtc = RTC()
    woke = []
    rtc.irq(trigger=RTC.ALARM0, handler=lambda r: woke.append(machine.wake_reason()),
            wake=machine.SLEEP)
    rtc.alarm(time=100)
    t = utime.ticks_ms()
    machine.sleep()
    print('slept', utime.ticks_diff(t, utime.ticks_ms()) >= 90, woke, machine.wake_reason())
    try:
        machine.main(1)
    except ValueError as e:
        print('ValueError', e)
    machine.reset()
    print('not reached')
elif cause == machine.HARD_RESET:
    # the RTC keeps its time through a reset
    RTC().init((2030, 1, 2, 3, 4, 5))
    try:
        machine.WDT(timeout=500)
    except ValueError as e:
        print('ValueError', e)
    try:
        machine.WDT(1)
    except OSError as e:
        print('OSError', e)
    wdt = machine.WDT(timeout=1000)
    for i in range(6):
        utime.sleep_ms(300)
        wdt.feed()
    print('fed for 1.8 s')
    try:
        machine.WDT(timeout=2000)
    except OSError as e:
        print('OSError', e)
    while True:
        pass
elif cause == machine.WDT_RESET:
    print(utime.localtime()[:3])
    rtc = RTC()
    rtc.init((2030, 1, 2))
    rtc.irq(trigger=RTC.ALARM0, wake=machine.DEEPSLEEP)
    rtc.alarm(time=200)
    machine.deepsleep()
    print('not reached')
else:
    print('after deep sleep', cause == machine.DEEPSLEEP_RESET, machine.wake_reason() == machine.RTC_WAKE)
