# Helper module for the import tests.
print("_mod_a executing as", __name__)
CONST = 10
items = []
def add(x):
    items.append(x)
    return len(items)
def get_const():
    return CONST
def set_const(v):
    global CONST
    CONST = v
class Thing:
    def __init__(self, n):
        self.n = n
_private = "private"
