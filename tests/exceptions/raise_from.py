def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad input") from e


print(parse("12"))
print(parse("x"))
