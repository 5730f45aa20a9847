# expect: hand-written (machine.SPI with nothing wired: MISO reads its line, 0xFF with the pin's pull-up and 0x00 on GP15, tied low; the firmware's argument checks)
from machine import SPI, Pin

spi = SPI(0)
print(spi)
print(spi.write(b'abc'), spi.read(3), spi.read(2, write=0x12))
rbuf = bytearray(3)
print(spi.write_readinto(b'abc', rbuf), rbuf)
spi.init(SPI.MASTER, pins=('GP14', 'GP16', 'GP15'))
print(spi.read(3))
print(spi.readinto(rbuf, write=0xff), rbuf)
# a plain input without pull on the MISO pin floats low
spi.init(pins=('GP14', 'GP16', 'GP30'))
Pin('GP30', mode=Pin.IN)
print(spi.read(1))
Pin('GP30', mode=Pin.IN, pull=Pin.PULL_UP)
print(spi.read(1))


def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)


err(SPI, 1)
err(SPI, -1)
err(SPI, 0, 1)
err(SPI, 0, SPI.MASTER, 1000000)
err(SPI, 0, bits=7)
err(SPI, 0, bits=64)
err(SPI, 0, polarity=2)
err(SPI, 0, phase=-1)
err(SPI, 0, firstbit=1)
err(SPI, 0, baudrate='fast')
err(SPI, 0, pins=('GP14', 'GP16'))
err(SPI, 0, pins='GP14')
err(SPI, 0, pins=('GP16', 'GP14', 'GP30'))
err(SPI, 0, pins=('GP14', 'GP16', 'GP99'))
err(SPI, 0, foo=1)
spi = SPI(0)
err(spi.init, SPI.MASTER, 1000000)
err(spi.init, mode=1)
err(spi.write)
err(spi.write, None)
err(spi.read)
err(spi.read, 'x')
err(spi.readinto, b'immutable')
err(spi.readinto, bytearray(1), write='x')
err(spi.write_readinto, b'abc', bytearray(2))
err(spi.write_readinto, b'abc', b'abc')
err(spi.write_readinto, b'abc', None)
s = b'abc'
err(spi.write_readinto, s, s)
print(spi)
