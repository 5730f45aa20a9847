# expect: hand-written (viper functions calling normal functions, builtins and other viper functions; object values keep Python semantics; ints cross as Python ints)
import micropython

def scale(x):
    return x * 1000000

@micropython.viper
def vsquare(x: int) -> int:
    return x * x

@micropython.viper
def use(n: int) -> int:
    # a call returns an object: cast it back to a machine word
    big = scale(n)
    return int(big) + int(vsquare(n))

print(use(5000), scale(5000), vsquare(0x10000))

@micropython.viper
def objects(a, b):
    c = a + b
    d = [a, b, c]
    for x in d:
        print('item', x)
    e = {'k': c}
    return d[1:], e, len(d)

print(objects('x', 'y'))
print(objects([1], [2]))

@micropython.viper
def mixed(s, n: int, u: uint, f: bool):
    # native values become Python objects when passed to a function
    print(s, n, u, f, type(n).__name__, type(f).__name__)
    return s

print(mixed('s', -1, -1, 3))

total = 0

@micropython.viper
def glob(n: int):
    global total
    t = int(total)
    for i in range(n):
        t += i
    total = t

glob(10)
glob(5)
print(total)

class Acc:
    def __init__(self):
        self.v = 0
        self.buf = bytearray(4)

    @micropython.viper
    def add(self, k: int) -> int:
        v = int(self.v) + k
        self.v = v
        p = ptr8(self.buf)
        p[k & 3] += 1
        return v

a = Acc()
print(a.add(1), a.add(2), a.add(3), a.v, a.buf)

@micropython.viper
def kw(x: int):
    return sorted([3, 1, 2], reverse=x > 0)

print(kw(1), kw(0))

@micropython.viper
def strs(n: int):
    out = ''
    for i in range(n):
        out += str(i)
    return out

print(strs(5))

@micropython.viper
def raiser(n: int):
    if n > 2:
        raise ValueError('too big')
    return 'fine'

print(raiser(1))
try:
    raiser(3)
except ValueError as e:
    print('ValueError', e)

@micropython.viper
def argcount(a: int, b: int) -> int:
    return a + b

try:
    argcount(1)
except TypeError as e:
    print('TypeError', e)
print(argcount(b=2, a=40))

# a viper function is an ordinary function object
print(type(argcount).__name__, argcount.__name__)

@micropython.native
def nat(n):
    return [i * i for i in range(n)]

print(nat(4))

# try/except/else/finally: handlers get the exception object
@micropython.viper
def guarded(buf, i: int) -> int:
    r = 0
    try:
        r = int(buf[i])
    except IndexError as e:
        print('caught', e)
        r = -1
    except TypeError:
        raise
    else:
        r += 100
    finally:
        print('finally', i)
    return r

print(guarded([5, 6], 1), guarded([5, 6], 7))
try:
    guarded('ab', 0)
except TypeError as e:
    print('TypeError', e)
