# A tour of the virtual WiPy: plain Python 3.4 as MicroPython 1.8 runs it, no floats.
import sys

print("Hello from", sys.platform, sys.implementation.name, sys.version)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def top(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


c = Counter()
for w in "the wipy runs the code the board runs".split():
    c.add(w)
print("fib(90) =", fib(90))
print("2**100 =", 2 ** 100)
print("top words:", c.top(2))
try:
    print(4 / 2)
except TypeError as e:
    print("no floats on the WiPy:", type(e).__name__)

# The board: its clock with an alarm whose handler runs between statements, and the SD card.
import machine
import os
import utime

rtc = machine.RTC(datetime=(2016, 8, 9, 12, 0, 0))
ticks = []
rtc.irq(trigger=machine.RTC.ALARM0, handler=lambda r: ticks.append(r.now()[5]))
rtc.alarm(time=100, repeat=True)
while len(ticks) < 3:
    machine.idle()
rtc.alarm_cancel()
print("RTC alarm fired", len(ticks), "times; the date is", rtc.now()[:3])
os.mount(machine.SD(), "/sd")
with open("/sd/log.txt", "w") as f:
    f.write("reset cause %d\n" % machine.reset_cause())
print("on the SD card:", os.listdir("/sd"), open("/sd/log.txt").read().strip())
