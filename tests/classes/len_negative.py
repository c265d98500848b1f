class Weird:
    def __len__(self):
        return -1


print(len([1]))
print(len(Weird()))
