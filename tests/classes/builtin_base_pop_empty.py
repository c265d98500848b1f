# list.pop() of an empty subclass instance raises list's IndexError.
class Queue(list):
    def take(self):
        return self.pop(0)


q = Queue()
q.append("a")
print(q.take(), len(q), q)
q.take()
