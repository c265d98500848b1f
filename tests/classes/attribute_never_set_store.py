# Storing into an attribute of an attribute no instance ever sets: AttributeError.
class A:
    def f(self, m):
        self.mark.walk = m
        return self.mark.walk
print(A().f(3))
