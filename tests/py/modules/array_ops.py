# array: typecodes, item access, slicing, extend/append, comparison, buffer use.
try:
    import uarray as array
except ImportError:
    import array
for code, values in [("b", [-3, 0, 5]), ("B", [0, 200, 255]), ("h", [-300, 7]), ("H", [65535]),
                     ("i", [-70000, 1]), ("I", [4000000000]), ("l", [-5]), ("L", [6]), ("q", [-2 ** 40]), ("Q", [2 ** 63])]:
    a = array.array(code, values)
    print(code, list(a), len(a), a[0], a[-1])
a = array.array("h", range(5))
a.append(9)
a.extend([10, 11])
a.extend(array.array("h", [12]))
print(a, a[2:5], a[::-2], 9 in a, 99 in a, a == array.array("h", list(a)))
a[0] = -1
print(a[0], bytes(array.array("H", [0x0102, 0x0304])), array.array("B", b"\x01\x02") == array.array("B", [1, 2]))
for bad in [lambda: array.array("Z"), lambda: a[100], lambda: array.array("i", ["x"])]:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
