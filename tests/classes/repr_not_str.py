class Bad:
    def __repr__(self):
        return 42


print([Bad()])
