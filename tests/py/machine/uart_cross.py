# expect: hand-written (two UARTs talking over crossed wires: UART0 TX GP1 to UART1 RX GP4, UART1 TX GP3 to UART0 RX GP2)
from machine import UART

u0 = UART(0, 115200)
u1 = UART(1, 115200)
print(u0.write('ping'), u0.any(), u1.any())
print(u1.read(), u0.read())
print(u1.write(b'pong'), u0.read(), u1.read())
# the receiver's handler runs when the other UART sends
got = []
u1.irq(trigger=UART.RX_ANY, handler=lambda u: got.append(u.read()))
u0.write('hi')
print(got)
# frames must agree: another baud rate, bits or parity only gives framing errors
u1.init(9600)
u0.write('lost')
print(u1.any())
u1.init(115200, bits=7)
u0.write('lost')
print(u1.any())
u1.init(115200, parity=UART.ODD)
u0.write('lost')
print(u1.any())
# stop bits do not matter to a receiver
u1.init(115200, stop=2)
u0.write('kept')
print(u1.read())
# a TX-only UART1 (RX None) hears nothing; an RX-only one still does
u1.init(115200, pins=('GP3', None))
u0.write('nothing')
print(u1.any())
u1.write('to u0')
print(u0.read())
u1.init(115200, pins=(None, 'GP4'))
u0.write('rx only')
print(u1.read())
print(u1.write('tx nowhere'), u0.any())
# a deinit'ed receiver keeps nothing
u1.deinit()
u0.write('off')
u1.init(115200)
print(u1.any())
