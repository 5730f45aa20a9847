# expect: hand-written (machine.RTC as the WiPy firmware's pybrtc.c behaves)
import machine
from machine import RTC

rtc = RTC(datetime=(2015, 8, 29, 9, 0, 0, 0, None))
print(rtc is RTC(datetime=(2015, 8, 29, 9, 0, 0)), rtc.now()[:6])
rtc.init((2014, 5, 1, 4, 13, 0, 0, 0))
print(rtc.now()[:6])
import utime
print(utime.localtime()[:5])
rtc.init((2016, 2, 29))
print(rtc.now()[:6], rtc.now()[7])
rtc.deinit()
print(rtc.now()[:5])
rtc.init((2020, 13, 1, 25, 61, 61))  # out-of-range fields normalise, as timeutils does
print(rtc.now()[:6])
print(RTC().now()[:3])  # RTC() without a date resets it, as the firmware does
for bad in [(2015, 1), (2015, 1, 1, 0, 0, 0, 0, None, 0)]:
    try:
        rtc.init(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    RTC(1)
except OSError as e:
    print('OSError', e)
try:
    rtc.init(5)
except TypeError:
    print('TypeError')
try:
    rtc.init(('a', 1, 1))
except TypeError:
    print('TypeError')
print(RTC.ALARM0, machine.RTC is RTC)
