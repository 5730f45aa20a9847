# expect: hand-written (micropython.const: folded at compile time; _-prefixed constants are not module globals)
import micropython
from micropython import const

WIDTH = const(16)
_HEIGHT = const(4)
AREA = const(WIDTH * _HEIGHT)
MASK = const(1 << 5 | 3)
print(WIDTH, _HEIGHT, AREA, MASK)
print("WIDTH" in globals(), "_HEIGHT" in globals(), "AREA" in globals())


def area(scale):
    return AREA * scale + _HEIGHT


print(area(2), [_HEIGHT * i for i in range(3)])
print(const(7), micropython.const(8), type(const(9)).__name__)
SHIFTED = const(1 << 20)
print(SHIFTED, SHIFTED - 1)
