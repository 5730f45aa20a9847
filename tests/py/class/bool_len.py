# Truthiness of instances: __bool__ takes priority, then __len__, else always true.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), len(L(3)))
print(bool(Both()), bool(Neither()))
if L(0):
    print("not printed")
else:
    print("empty L is falsy")
print(not L(2), B(False) or "fallback", type(L(0) and "x").__name__)
x = [L(0), L(1), Neither()]
print([bool(i) for i in x])
while L(0):
    print("never")
print(any([L(0), L(0)]), all([L(1), B(True)]))
