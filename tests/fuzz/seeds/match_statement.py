# Every pattern kind of PEP 634, and `match` / `case` as ordinary names.
match = 1
match.x = case = 2
match(x)
match [1, 2]:
    case [a, *rest] if a > 0:
        pass
    case [*_, 0] | (1, 2) | ():
        pass
    case {"k": v, 1: _, Color.RED: [x, y], **kw}:
        pass
    case Point(1, y=2, z=(3 as w)) | Point():
        pass
    case -1 | 1.5 | 2j | -3 + 4j | 5 - 6j | "s" "t" | b"b" | None | True | False:
        pass
    case (a as b) as c:
        pass
    case a.b.c:
        pass
    case _:
        pass
match x, *y,:
    case 1, 2,: pass
    case *a, b: pass
    case {}: pass
    case [x] if (y := x): pass
match (x):
    case {**rest}: pass
