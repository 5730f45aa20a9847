from ..mod import NAME, where
from .. import TOP
from . import sibling
from .sibling import SIB as S
from .. import mod as parent_mod
RESULT = (NAME, TOP, sibling.SIB, S, where(), parent_mod.NAME)
