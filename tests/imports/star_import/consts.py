__all__ = ["WIDTH", "HEIGHT", "area"]
WIDTH = 4
HEIGHT = 5
DEPTH = 6
def area():
    return WIDTH * HEIGHT
