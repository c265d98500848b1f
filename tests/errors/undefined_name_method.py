# A name defined nowhere, used as a method's receiver or a loop's iterable:
# NameError when it runs (the receiver is evaluated first).
def count_words():
    total = 0
    for w in undefined_text.split():
        total += 1
    return total


try:
    count_words()
except NameError as e:
    print("caught:", e)
print(undefined_name.split())
