print("pkgrel init")
TOP = "top"
