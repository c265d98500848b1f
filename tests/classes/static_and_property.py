# @staticmethod and @property (with a setter).
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @property
    def fahrenheit(self):
        return Temperature.convert(self._celsius)

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    def report(self):
        return "%.1f C = %.1f F" % (self.celsius, self.fahrenheit)


t = Temperature(20.0)
print(t.report(), Temperature.convert(100), t.convert(0))
t.celsius = 37.5
print(t.celsius, t.fahrenheit, t.report())
try:
    t.celsius = -300.0
except ValueError as e:
    print("error:", e)
print(t.celsius)
