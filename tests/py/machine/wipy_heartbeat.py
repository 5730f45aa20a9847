# expect: hand-written (the wipy module: the heartbeat LED on GP25 blinks 80 ms every 4 s)
import wipy, utime
from machine import Pin

print(wipy.heartbeat())
led = Pin.board.GP25
seen = set()
start = utime.ticks_ms()
while utime.ticks_diff(start, utime.ticks_ms()) < 4100 and len(seen) < 2:
    seen.add(led())
print(sorted(seen))  # the blink shows on the pin
wipy.heartbeat(False)
print(wipy.heartbeat(), led())
led.init(Pin.OUT, value=1)  # GP25 is the program's now
print(led())
wipy.heartbeat(1)
print(wipy.heartbeat())
try:
    wipy.heartbeat(True, False)
except TypeError as e:
    print('TypeError', e)
