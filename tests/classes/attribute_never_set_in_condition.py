# A test of an attribute no instance ever sets: AttributeError, the code after it dead.
class A:
    def f(self, m):
        if self.mark == m:
            return 1
        return 2
print(A().f(3))
