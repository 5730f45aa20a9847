# Exception objects are ordinary objects: stored, reraised, compared by identity, raised from classes.
saved = []
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        saved.append(e)
print([e.args[0] for e in saved])
err = KeyError("reused")
for _ in range(2):
    try:
        raise err
    except KeyError as e:
        print(e is err, e.args)
print(ValueError("a") == ValueError("a"))
e1 = ValueError("x")
print(e1 == e1, type(e1) is ValueError)
try:
    raise 5
except TypeError:
    print("TypeError: exceptions must derive from BaseException")
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print("TypeError for non-exception class")
def make(kind):
    return {"v": ValueError, "k": KeyError}[kind]("made")
try:
    raise make("k")
except LookupError as e:
    print(type(e).__name__, e.args)
exc_class = IndexError
try:
    raise exc_class
except exc_class as e:
    print("raised from variable", type(e).__name__)
