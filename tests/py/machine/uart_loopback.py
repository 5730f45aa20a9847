# expect: hand-written (machine.UART as the WiPy firmware's pybuart.c has it, on a board whose UART0 TX GP1 is wired to its RX GP2, UART1's GP3 to GP17 and GP16 to GP4)
import select, utime
from machine import UART, Pin

u = UART(0, 115200)
print(u)
print(UART(0) is u, u)  # constructing initialises again (defaults)
u.init(115200)
print(Pin.board.GP1)
print(Pin.board.GP2)
print(u.any())
# loopback: what is sent comes back
print(u.write('hello\nworld'), u.any())
print(u.readline(), u.any())
print(u.read(3), u.read(10), u.read(1))
print(u.write(b'abc'), u.readall(), u.readall())
print(u.write(bytearray(b'xyz')), u.read())
print(u.write(memoryview(b'0123456789')[2:5]), u.read())
# readinto, with and without a count
u.write('12345')
buf = bytearray(8)
print(u.readinto(buf, 2), buf)
print(u.readinto(buf), buf)
print(u.readinto(buf))
print(u.read(0), u.readline(3))
# readline with a limit, and iteration over lines
u.write('abcdef\nxy')
print(u.readline(4), u.readline(), u.readline())
u.write('one\ntwo\nthree')
print([l for l in u])
# the receive buffer holds 255 bytes
print(u.write(bytes(range(256)) * 2), u.any())
data = u.read(300)
print(len(data), data[:4], data[-2:])
# a str with non-ASCII characters goes out as UTF-8
print(u.write('é'), u.read())

# poll/select: readable while bytes wait
p = select.poll()
p.register(u, select.POLLIN)
print(p.poll(0))
u.write('q')
print(p.poll(0) == [(u, select.POLLIN)], p.poll(10)[0][1])
print(select.select([u], [], [], 0)[0] == [u])
u.read()
print(select.select([u], [], [], 0))
p.modify(u, select.POLLOUT)
print(p.poll(0)[0][1] == select.POLLOUT)

# the RX interrupt: the handler runs when bytes arrive, with flags() set
seen = []
def cb(uart):
    seen.append((uart.any(), irq.flags(), uart.read()))
irq = u.irq(trigger=UART.RX_ANY, handler=cb)
print(type(irq).__name__, irq.flags())
u.write('ping')
print(seen, irq.flags(), u.any())
irq.disable()
u.write('x')
print(len(seen), u.read())
irq.enable()
u.sendbreak()  # a break arrives as a 0x00 character
print(seen[-1])
irq()  # calling the irq object runs the handler now
print(seen[-1])
irq.init(trigger=UART.RX_ANY, handler=None)
u.write('z')
print(len(seen), u.read())
# a handler that raises is disabled (the traceback goes to the output)
def bad(uart):
    raise ValueError('boom')
u.irq(trigger=UART.RX_ANY, handler=bad)
u.write('a')
u.write('b')
print(u.read())

# bits: fewer than 8 data bits keep the low bits
u.init(115200, bits=7)
print(u)
u.write(b'\xff\x41')
print(u.read())
u.init(9600, 8, UART.EVEN, 2)
print(u, UART.EVEN, UART.ODD, UART.RX_ANY)
u.write('even')
print(u.read())

# UART1 on other pins, found from the pins when no id is given
u1 = UART(pins=('GP3', 'GP17'))
print(u1, Pin.board.GP17)
u1.write('one')
print(u1.read())
# other pins: the old ones go back to plain inputs
u1.init(9600, pins=('GP16', 'GP4'))
print(Pin.board.GP3, Pin.board.GP16)
u1.write('moved')
print(u1.read())

# deinit: the unit is off
u.deinit()
print(u)
for f in (u.any, u.read, u.readall, u.readline, u.sendbreak, lambda: u.write('x'),
          lambda: u.readinto(bytearray(2)), lambda: u.irq(trigger=UART.RX_ANY)):
    try:
        f()
    except OSError as e:
        print('OSError', e)
try:
    select.select([u], [], [], 0)
except OSError as e:
    print('OSError', e)
