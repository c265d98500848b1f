# str.maketrans in its three forms, str.translate with int, str and None
# values, and maketrans's own errors.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
t2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(t2))
t3 = str.maketrans("ab", "ba", "c")
print(t3[ord("c")], "abcabc".translate(t3))
print("héllo wörld".translate(str.maketrans("éö", "eo")))
print("x".translate({ord("x"): 0x263A}))
try:
    "abc".translate({ord("a"): 1.5})
except TypeError as e:
    print("TypeError:", e)
try:
    str.maketrans({"ab": "c"})
except ValueError as e:
    print("ValueError:", e)
print(str.maketrans("ab", "c"))
