from .. import VALUE as parent_value
from ..helpers import helper_fn as hf
SUB = parent_value + 1
