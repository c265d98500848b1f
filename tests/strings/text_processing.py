# Text processing: word counts, formatting tables, translate, encode.
import sys
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print(f"{word:<12}{count:>3} {'#' * count}")
lines = text.splitlines()
print(max(lines, key=len))
print([len(l) for l in lines], sum(map(len, lines)))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
vowels = set("aeiou")
print(sum(1 for c in text.lower() if c in vowels))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr)
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("abc"))
rows = [("alice", 30, 1.5), ("bob", 4, 22.25)]
wd = max(len(r[0]) for r in rows)
for name, age, score in rows:
    print(f"{name.capitalize():{wd}} | {age:3d} | {score:8.2f}")
print("-" * 20)
print("{:^20}".format("centered"))
print("%(name)s is %(age)d" % {"name": "ann", "age": 3})
table = str.maketrans("", "", "aeiou")
print("education".translate(table))
encoded = "hello".encode("utf-8")
print(encoded, encoded.decode(), len("héllo".encode()))
print(repr("tab\there"), ascii("é"), "a\\b")
print(" ".join(reversed("one two three".split())))
print("Title Case Words".swapcase(), "x".isidentifier(), "42".isnumeric())
