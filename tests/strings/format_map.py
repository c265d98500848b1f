# str.format_map: names looked up in a dict, with conversions and specs;
# a missing name is a KeyError.
point = {"x": 3, "y": 4.5}
print("({x}, {y:.2f})".format_map(point))
print("{name!r:>10}|".format_map({"name": "kb"}))
template = "{greeting}, {who}!"
for who in ["world", "there"]:
    print(template.format_map({"greeting": "hello", "who": who}))
try:
    "{0}".format_map({"0": 1})
except ValueError as e:
    print("ValueError:", e)
print("{missing}".format_map(point))
