# A class naming a base twice raises TypeError when the class statement runs.
class A:
    pass


print("before")


class B(A, A):
    pass
