# expect: hand-written (the micropython module: const, emitters, memory reports)
import micropython
from micropython import const

A = const(1 << 4)
_B = const(A * 2)
print(A, _B, micropython.const(7), const(-3))
print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.alloc_emergency_exception_buf(100), micropython.alloc_emergency_exception_buf(0))
for bad in [lambda: micropython.alloc_emergency_exception_buf(-1), lambda: micropython.opt_level(-1),
            lambda: micropython.alloc_emergency_exception_buf("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)


# @micropython.native compiles as usual
@micropython.native
def add(a, b=2, *rest, **kw):
    return a + b + sum(rest) + len(kw)


print(add(1), add(1, 2, 3, 4, x=5), add.__name__)


class C:
    @micropython.native
    def m(self, x):
        return x * 3


print(C().m(4))

# @micropython.viper is a compiler directive: the function is compiled by the viper emitter
@micropython.viper
def v(x: int) -> int:
    return x + 1
print("defined", v(2))
try:
    micropython.viper(add)
except NotImplementedError:
    print("NotImplementedError")

# qstr_info: the names the program made (mem_info's figures are checked in tests/vfs_test.ts)
micropython.qstr_info()
micropython.qstr_info(1)
print(0 < micropython.stack_use() < 7168)
