# A read no assignment of its web reaches on this path still raises
# UnboundLocalError, though a later web of the variable was assigned.
def f(flag, rounds):
    for _ in range(rounds):
        if flag:
            v = "text"
        print(len(v))
        v = 3
        print(v + 1)


f(True, 2)
f(False, 2)
