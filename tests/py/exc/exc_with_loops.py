# Exceptions combined with loops, with-statements and generators; cleanup order in each.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, t, v, tb):
        print("exit", self.tag, t.__name__ if t else None)
def work():
    for i in range(3):
        with CM(i):
            if i == 1:
                raise ValueError(i)
try:
    work()
except ValueError as e:
    print("work failed at", e.args[0])
def gen():
    with CM("gen"):
        yield 1
        yield 2
for v in gen():
    print("value", v)
g = gen()
next(g)
g.close()
def retry(n):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise OSError(attempts)
            return attempts
        except OSError as e:
            print("retry after", e.args[0])
print(retry(3))
