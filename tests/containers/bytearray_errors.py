# bytearray's run-time errors: index, pop, remove, a text without encoding.
ba = bytearray(b"ab")
for attempt in range(6):
    try:
        if attempt == 0:
            print(ba[5])
        elif attempt == 1:
            bytearray().pop()
        elif attempt == 2:
            ba.remove(120)
        elif attempt == 3:
            ba.append(-1)
        elif attempt == 4:
            print(ba + 1)
        else:
            print(ba.pop(9))
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytearray("text"))
