# expect: hand-written (machine.I2C and machine.ADC as the WiPy firmware has them, on a board with memories at 0x42 and 0x50 and set ADC levels)
from machine import I2C, ADC, Pin

i2c = I2C(0)
print(i2c)
try:
    i2c.scan()
except OSError as e:
    print('OSError', e)  # not initialised
i2c = I2C(0, I2C.MASTER, baudrate=1000000)
print(i2c, [hex(a) for a in i2c.scan()])
print(i2c.writeto(0x42, b'\x00abc'), i2c.writeto(0x42, 0), i2c.readfrom(0x42, 3))
print(i2c.writeto_mem(0x42, 0x10, 'xy'), i2c.readfrom_mem(0x42, 0x10, 2), i2c.readfrom_mem(0x42, 0x0f, 4))
buf = bytearray(3)
print(i2c.readfrom_mem_into(0x42, 1, buf), buf, i2c.writeto(addr=0x42, buf=b'\x01'))
print(i2c.readfrom_into(0x42, buf), buf)
print(i2c.readfrom(0x42, bytearray(2)))
# 16-bit register addresses go out low byte first, as the firmware sends them
print(i2c.writeto_mem(0x50, 0x0201, b'hi', addrsize=16), i2c.readfrom_mem(0x50, 0x0201, 2, addrsize=16))
for f in [lambda: i2c.writeto(0x13, b'x'), lambda: i2c.readfrom(0x13, 1),
          lambda: i2c.readfrom_mem(0x13, 0, 1), lambda: i2c.readfrom_mem(0x42, 0, 1, addrsize=12),
          lambda: I2C(1), lambda: I2C(0, 3), lambda: i2c.init(I2C.MASTER, pins=('GP2', 'GP3')),
          lambda: i2c.readfrom(0x42, -1), lambda: i2c.readfrom_into(0x42, b'ro')]:
    try:
        print(f())
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
i2c.init(I2C.MASTER, baudrate=20000, pins=('GP11', 'GP10'))
print(i2c, Pin.board.GP10)
i2c.deinit()
print(i2c)
adc = ADC()
print(adc, adc is ADC(0, bits=12))
ch = adc.channel(1)
print(ch, ch(), ch.value(), adc.channel(pin='GP3') is ch, adc.channel(id=1, pin='GP3') is ch)
print(adc.channel(2)(), adc.channel(pin=Pin.board.GP5)(), adc.channel(0)())  # GP5 is tied high
ch.deinit()
print(ch)
for f in [lambda: ch(), lambda: adc.channel(4), lambda: adc.channel(1, pin='GP4'),
          lambda: adc.channel(pin='GP9'), lambda: ADC(1), lambda: ADC(bits=10), lambda: ch(1)]:
    try:
        print(f())
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
adc.deinit()
print(adc)
try:
    adc.channel(1)
except OSError as e:
    print('OSError', e)
