# match: literal, capture, wildcard, value (dotted name), or-, as- and guard patterns.
class Color:
    RED = 1
    GREEN = 2


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case Color.RED:
            return "never: 1 matched above"
        case n if n < 0:
            return "negative " + str(n)
        case 100 as hundred:
            return "exactly " + str(hundred)
        case _:
            return "other"


for v in [0, 2, -5, 100, 42]:
    print(describe(v))


def name_of(s):
    match s:
        case "a" | "b":
            return "early"
        case "z":
            return "late"
        case other:
            return "unknown " + other


print(name_of("a"), name_of("z"), name_of("q"))


def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "none"


print(color(1), color(2), color(3))


def flags(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 1.5:
            return "one and a half"
        case "text":
            return "text"
        case _:
            return "something"


for v in [None, True, False, 1, 1.5, "text", 0]:
    print(flags(v))

result = "unset"
match 3.0:
    case 3:
        result = "int-equal float"
print(result)
