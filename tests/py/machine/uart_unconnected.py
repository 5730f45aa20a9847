# expect: hand-written (machine.UART with nothing wired: writes go nowhere, reads time out; the firmware's argument checks)
import utime
from machine import UART, Pin

u = UART(1)
print(u)
print(u.write('hello'), u.any())
t = utime.ticks_ms()
print(u.read(5), u.read(), u.readall(), u.readline(), u.readinto(bytearray(4)))
# each read waits the RX timeout (two frames x 8 at 9600 baud: ~18 ms) before giving up
print(utime.ticks_diff(t, utime.ticks_ms()) >= 5 * 15)
u.init(1000000)
t = utime.ticks_ms()
print(u.read(1), utime.ticks_diff(t, utime.ticks_ms()) < 15)
u.sendbreak()
print(u.any())
# pins=None: no pins at all (nothing assigned)
u0 = UART(0, 9600, pins=None)
print(u0, Pin.board.GP1)
print(u0.write(b'abc'), u0.read())
# four pins: TX, RX, RTS, CTS
u1 = UART(1, 9600, pins=('GP3', 'GP4', None, None))
print(u1)
u0 = UART(0, pins=('GP1', 'GP2', 'GP7', 'GP6'))
print(Pin.board.GP7, Pin.board.GP6)
print(u0.write('flow'), u0.read())


def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)


# bad units and arguments
err(UART, 2)
err(UART, -1)
err(UART, 0, 0)
err(UART, 0, -9600)
err(UART, 0, 9600, 4)
err(UART, 0, 9600, 9)
err(UART, 0, 9600, 8, 0)
err(UART, 0, 9600, 8, 1)
err(UART, 0, 9600, 8, 'x')
err(UART, 0, 'fast')
err(UART, 0, 9600, 8, None, 1, ('GP1', 'GP2'))
err(UART, 0, pins=('GP1',))
err(UART, 0, pins=('GP1', 'GP2', 'GP7'))
err(UART, 0, pins='GP1')
err(UART, 0, pins=('GP3', 'GP4'))      # UART1's pins
print(UART(1, pins=('GP1', 'GP2')))    # GP1/GP2 have UART1's TX/RX too
err(UART, 1, pins=('GP10', 'GP2'))     # GP10 is UART1's TX, but GP2... is UART1's RX too
err(UART, 1, pins=('GP12', 'GP13'))    # UART0's only
err(UART, 0, pins=('GP1', 'GP99'))
err(UART, 0, pins=('GP1', None, 'GP7', None))   # RTS without RX
err(UART, 0, pins=(None, 'GP2', None, 'GP6'))   # CTS without TX
print(UART(pins=('GP10', 'GP11')))     # the unit follows the TX pin: GP10 is UART1's
print(UART(pins=(None, 'GP13')))       # or the RX pin: GP13 is UART0's
err(UART, pins=('GP5', 'GP6'))         # GP5 has no UART TX
err(UART, 0, foo=1)
err(UART, 0, 9600, baudrate=9600)
u = UART(0)
err(u.init, 9600, 8, None, 1, None)
err(u.init, 0)
err(u.write, 5)
err(u.write)
err(u.readinto, b'bytes')
err(u.irq)
err(u.irq, trigger=0)
err(u.irq, trigger=0x10)
err(u.irq, trigger=UART.RX_ANY, priority=0)
err(u.irq, trigger=UART.RX_ANY, priority=8)
err(u.irq, trigger=UART.RX_ANY, wake=4)
print(u.irq(trigger=UART.RX_ANY, priority=7, wake=1).flags())
# odd stop values are two stop bits
u.init(9600, stop=3)
print(u)
# init keeps the pins when told pins=None
u.init(4800, pins=None)
print(u, Pin.board.GP1)
