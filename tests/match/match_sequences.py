# Sequence patterns: fixed length, star captures, nesting; lists and tuples match, str and dict do not.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one: " + str(x)
        case [x, y]:
            return "two: " + str(x) + " " + str(y)
        case [first, *middle, last]:
            return "many: " + str(first) + " " + str(middle) + " " + str(last)
    return "unreachable"


print(shape([]), shape([1]), shape([1, 2]), shape([1, 2, 3, 4]))


def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return "on y at " + str(y)
        case (x, 0):
            return "on x at " + str(x)
        case (x, y):
            return "at " + str(x) + "," + str(y)


print(point((0, 0)), point((0, 3)), point((4, 0)), point((5, 6)))


def anything(v):
    match v:
        case [1, [2, *rest]]:
            return "nested " + str(rest)
        case [int(a), str(b)]:
            return "int and str " + str(a) + b
        case (a, b, c):
            return "three " + str(a) + str(b) + str(c)
        case [*all_items]:
            return "sequence of " + str(len(all_items))
        case str(s):
            return "a str, not a sequence: " + s
        case _:
            return "other"


items = [[1, [2, 3, 4]], [7, "x"], (1, 2, 3), [1, 2, 3, 4, 5], "abc", 5, (9,)]
for it in items:
    print(anything(it))

match (1, "a", 2.5):
    case (n, *others):
        print(n, others)

match [1, 2, 3]:
    case [1, *_, 3]:
        print("starts with 1, ends with 3")
