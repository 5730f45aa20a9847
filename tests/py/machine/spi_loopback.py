# expect: hand-written (machine.SPI as the WiPy firmware's pybspi.c has it, on a board whose MOSI GP16 is wired to MISO GP30: the bus loops back what it sends)
from machine import SPI, Pin

spi = SPI(0, SPI.MASTER, baudrate=2000000, polarity=1, phase=1)
print(spi)
print(SPI.MASTER, SPI.MSB)
print(Pin.board.GP14)
print(Pin.board.GP16)
print(Pin.board.GP30)
print(spi.write('hello'), spi.write(b'\x01\x02'), spi.write(bytearray(3)), spi.write(0x41))
print(spi.read(4), spi.read(3, write=0x5a), spi.read(2, 0xa5), spi.read(0))
buf = bytearray(4)
print(spi.readinto(buf), buf)
print(spi.readinto(buf, write=0x33), buf)
rbuf = bytearray(5)
print(spi.write_readinto('hello', rbuf), rbuf)
print(spi.write_readinto(b'\x00\xff\x10\x20\x30', rbuf), rbuf)
# the same buffer for both: it is sent and overwritten with what came back
same = bytearray(b'same')
print(spi.write_readinto(same, same), same)
mv = memoryview(rbuf)
print(spi.write_readinto(b'ab', mv[1:3]), rbuf)
# 16- and 32-bit words: the write word goes out little-endian, whole words at a time
spi.init(SPI.MASTER, bits=16)
print(spi)
print(spi.read(4, write=0x4142), spi.read(3, write=0x4344))
spi.init(bits=32, baudrate=100000)
print(spi)
print(spi.read(8, write=0x31323334))
print(spi.write_readinto(b'12345678', bytearray(8)))
# other pins (GP15 is MISO too, and not wired): MISO's pull-up reads 0xFF
spi.init(SPI.MASTER, pins=('GP14', 'GP16', 'GP15'))
print(Pin.board.GP15, Pin.board.GP30)
print(spi.read(2), spi.write_readinto(b'xy', rbuf[:2]))
r2 = bytearray(2)
spi.write_readinto(b'xy', r2)
print(r2)
# pins=None keeps the bus on the pins it has
spi.init(pins=('GP14', 'GP16', 'GP30'))
spi.init(SPI.MASTER, baudrate=500000, pins=None)
print(spi, spi.read(2, write=0x7e))
# MOSI None: nothing goes out, MISO still reads its line
spi.init(pins=('GP14', None, 'GP30'))
print(spi.read(2, write=0x7e), Pin.board.GP16)
# deinit: transfers need the bus on again
spi.deinit()
print(spi)
for f in (lambda: spi.write(b'x'), lambda: spi.read(1), lambda: spi.readinto(bytearray(1)),
          lambda: spi.write_readinto(b'x', bytearray(1))):
    try:
        f()
    except OSError as e:
        print('OSError', e)
spi = SPI(0)
print(spi, spi.read(1))
