# Helper: importing this module raises an exception from its body.
print("_raises_on_import starting")
raise ValueError("module body failed")
