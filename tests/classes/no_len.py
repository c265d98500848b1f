class Plain:
    def __init__(self):
        self.x = 1


print(Plain().x)
print(len(Plain()))
