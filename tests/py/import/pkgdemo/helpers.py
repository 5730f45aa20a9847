print("helpers loaded as", __name__)
def helper_fn():
    return "helped"
