# assert statement: passes silently, raises AssertionError with and without message.
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert [], ("tuple", 2)
except AssertionError as e:
    print(e.args[0])
def msg():
    print("message evaluated")
    return "m"
assert 1, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(str(e))
print(issubclass(AssertionError, Exception))
