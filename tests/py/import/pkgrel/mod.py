print("pkgrel.mod loaded as", __name__)
NAME = "mod"
def where():
    return __name__
