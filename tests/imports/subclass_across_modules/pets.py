import base
from base import Animal as A
class Dog(A):
    sound = "woof"
class Cat(base.Animal):
    sound = "meow"
    def speak(self):
        return super().speak() + "!"
