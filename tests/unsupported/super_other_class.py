# keelback-error: not supported yet: super() with arguments other than the method's class and first parameter
class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B"


class C(B):
    def f(self):
        return super(B, self).f()


print(C().f())
