from pets import Dog, Cat
import base
animals = [Dog("rex"), Cat("tom"), base.Animal("generic")]
for a in animals:
    print(a.speak(), isinstance(a, base.Animal), a)
print(type(animals[0]), Dog.__name__)
print(Dog("x").missing)
