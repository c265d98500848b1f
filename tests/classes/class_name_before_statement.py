# A class's name is bound when its class statement runs: read (or called)
# before that, it raises NameError at a module's level and UnboundLocalError
# in a function.
def main():
    try:
        print(Point)
    except UnboundLocalError as e:
        print(e)
    try:
        Point()
    except UnboundLocalError as e:
        print(e)

    class Point:
        pass

    print(Point.__qualname__, type(Point()).__name__)


main()
try:
    Shape()
except NameError as e:
    print(e)


class Shape:
    pass


print(Shape.__name__, type(Shape()) is Shape)
print(Zebra)


class Zebra:
    pass
