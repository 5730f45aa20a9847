# Where the WiPy's MicroPython differs from CPython (the .exp is written by hand).
import array

# bytearray's repr quotes like bytes' (CPython escapes ' inside a bytearray repr)
print(bytearray(b"'"), repr(bytearray(b"it's")))
# memoryview slices must have step 1
try:
    memoryview(b"abcd")[::2]
except NotImplementedError:
    print("NotImplementedError")
# array 'l' items are 32-bit on the CC3200
m = memoryview(array.array("l", [-7, 7]))
print(m.itemsize, len(bytes(m)), m.tolist())
