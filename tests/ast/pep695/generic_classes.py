# Type parameter lists on classes (Python 3.12, PEP 695).
class Box[T]:
    pass


class Mapping[K: Hashable, V: (str, bytes)](Base, metaclass=Meta):
    def get[D](self, key: K, default: D) -> V | D:
        pass


class Plain(Base):
    pass
