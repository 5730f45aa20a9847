# expect: hand-written (utime on the WiPy: 2000 epoch, unsigned 32-bit seconds, int sleeps)
import utime, time

print(time is utime)
print(time.localtime(0))
print(time.localtime(1), time.localtime(59), time.localtime(60), time.localtime(3600))
print(time.localtime(86400), time.localtime(86400 * 59), time.localtime(86400 * 60))
print(time.localtime(86400 * 366), time.localtime(510064215))
print(time.localtime(0x7FFFFFFF), time.localtime(0xFFFFFFFF))
# a negative time wraps to unsigned, as the firmware's timeutils do
print(time.localtime(-1))
print(time.mktime((2000, 1, 1, 0, 0, 0, 5, 1)), time.mktime((2016, 2, 29, 12, 30, 15, 0, 60)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)), time.mktime([2001, 1, 1, 0, 0, 0, 0, 0]))
# mktime normalises out-of-range fields
print(time.mktime((2000, 13, 1, 0, 0, 0, 0, 0)), time.mktime((2000, 1, 32, 0, 0, 0, 0, 0)))
print(time.mktime((2000, 1, 1, 24, 0, 0, 0, 0)), time.mktime((2000, 1, 1, 0, 0, 3600, 0, 0)))
print(time.mktime((2000, 3, 0, 0, 0, 0, 0, 0)) == time.mktime((2000, 2, 29, 0, 0, 0, 0, 0)))
print(time.mktime((2000, 1, 1, 0, 0, -1, 0, 0)))
# round trips
for t in [0, 1, 123456789, 510064215, 86400 * 365 * 30 + 12345, 0xFFFFFFFF]:
    print(time.mktime(time.localtime(t)) == t, end=" ")
print()
# weekday (Monday is 0) and yearday
for y, m, d in [(2000, 1, 1), (2016, 2, 29), (2024, 12, 31), (2038, 1, 19), (2100, 3, 1)]:
    lt = time.localtime(time.mktime((y, m, d, 0, 0, 0, 0, 0)))
    print(lt[:3], lt[6], lt[7])
# bad arguments
for op in [
    lambda: time.mktime((2000, 1, 1)),
    lambda: time.mktime((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
    lambda: time.mktime(5),
    lambda: time.localtime("x"),
    lambda: time.localtime(2 ** 40),
    lambda: time.sleep("1"),
    lambda: time.sleep_ms(None),
    lambda: time.ticks_diff(1),
]:
    try:
        op()
        print("no error")
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# the clock
lt = time.localtime()
print(len(lt), lt[0] >= 2024, 1 <= lt[1] <= 12, 0 <= lt[6] <= 6, time.localtime(None)[0] >= 2024)
t = time.time()
print(type(t).__name__, t > 24 * 365 * 86400, abs(time.mktime(time.localtime()) - time.time()) <= 1)
