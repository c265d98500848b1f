# C.__mro__, C.__bases__ and C.__base__: tuples of the classes, object last
# (built-in exception classes included).
class A:
    pass
class B(A):
    pass
class C(A):
    pass
class D(B, C):
    pass
class E(ValueError):
    pass
class F(E):
    pass
print(D.__mro__)
print(D.__bases__, A.__bases__, D.__base__, A.__base__, E.__base__)
print(F.__mro__, F.__bases__)
print(D.__mro__[1].__name__, D.__bases__[1].__name__, len(D.__mro__))
for k in D.__mro__:
    print(k.__name__, k)
print([k.__name__ for k in F.__mro__])
print(D.__mro__[-1].__name__)
print(isinstance(D(), D.__mro__[2]))
print(D.__mro__[5])
