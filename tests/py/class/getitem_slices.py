# __getitem__ receives slice objects for slicing; __setitem__ / __delitem__ likewise.
class Recorder:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return "slice"
        if isinstance(key, tuple):
            return "tuple of %d" % len(key)
        return "index %r" % (key,)
    def __setitem__(self, key, value):
        print("setitem", "slice" if isinstance(key, slice) else key, value)
    def __delitem__(self, key):
        print("delitem", "slice" if isinstance(key, slice) else key)
r = Recorder()
print(r[1], r["k"], r[1:2], r[::2], r[:], r[1, 2], r[1:2, 3])
r[0] = "a"
r[1:3] = [1, 2]
del r[5]
del r[::-1]
class Wrap:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, k):
        return self.data[k]
    def __len__(self):
        return len(self.data)
w = Wrap([0, 1, 2, 3, 4, 5])
print(w[2], w[-1], w[1:4], w[::-2], len(w))
print(list(w))
