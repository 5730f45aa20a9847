print("pkgdemo init")
VALUE = 1
from .helpers import helper_fn
