# Word frequencies the way scripts compute them: a Counter over the words,
# the most common ones, and the letters of the text.
import collections


TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


def words(text):
    cleaned = text.lower().translate(str.maketrans("", "", ",.;:!?"))
    return cleaned.split()


def report(counter, n):
    width = max(len(w) for w, _ in counter.most_common(n))
    for word, count in counter.most_common(n):
        print(f"{word:<{width}} {count:3d} {'#' * count}")


freq = collections.Counter(words(TEXT))
report(freq, 6)
letters = collections.Counter(ch for ch in TEXT.lower() if ch.isalpha())
print(letters.most_common(5))
print(sum(letters.values()), letters.total(), len(letters))
vowels = collections.Counter({v: letters[v] for v in "aeiou"})
print(vowels, vowels - collections.Counter(a=0) if False else vowels)
common = freq & collections.Counter(words("it was the age of the season"))
print(common)
print(sorted((freq + common).elements())[:12])
