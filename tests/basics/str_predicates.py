# The is*() predicates of str over ASCII and other code points.
for s in ["123", "12a", "", "Abc", "abc", "ABC", "Hello World", "hello World", "ß", "ǅ", "ⅷ", "٣", "x y", " \t", "日本", "ΑΒΓ", "a1", "Ab Cd", "ab\x00"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isidentifier())
