# Helper: a module without __all__; names starting with an underscore are not star-imported.
public_one = 1
public_two = 2
_hidden = 3
