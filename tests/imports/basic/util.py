print("util loading", __name__)
SCALE = 3
counter = 0

def triple(x):
    global counter
    counter += 1
    return x * SCALE

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm2(self):
        return self.x * self.x + self.y * self.y

if __name__ == "__main__":
    print("never")
