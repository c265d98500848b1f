# also-build
# super().__init__, super().method() and Base.method(self, ...).
class Material:
    def __init__(self, color, diffuse=0.9, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.reflect = reflect

    def describe(self):
        return "material " + self.color + " " + str(self.diffuse) + " " + str(self.reflect)


class Checker(Material):
    def __init__(self, color, other, reflect=0.0):
        super().__init__(color, reflect=reflect)
        self.other = other

    def describe(self):
        return super().describe() + " and " + self.other


class Shiny(Checker):
    def __init__(self, color):
        Checker.__init__(self, color, "white", 0.5)

    def describe(self):
        return "shiny " + Material.describe(self)


class Plain:
    def __init__(self):
        super().__init__()
        self.x = 1


print(Material("red").describe())
print(Checker("black", "white", reflect=0.2).describe())
print(Shiny("gold").describe(), Shiny("gold").other)
print(Plain().x)
