# str methods called on values of type object (a dict of str and list
# values), and a method that both str and a class of the program define.
class Shouter:
    def __init__(self, word):
        self.word = word

    def upper(self):
        return self.word.upper() + "!"


record = {"name": "Ada Lovelace", "city": "london"}
record["tags"] = ["a", "b"]
first, last = record["name"].split(" ")
print(first, last, record["city"].capitalize(), record["name"].find("Love"))
print(record["city"].upper(), record["city"].replace("o", "0"), record["name"].startswith("Ada"))

things = [Shouter("hey"), "quiet", Shouter("yo")]
for t in things:
    print(t.upper())
things.append(3)
print(things[-1].upper())
