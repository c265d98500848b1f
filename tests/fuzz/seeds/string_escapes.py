# \N{...} escapes (case-insensitive names, CJK ideographs, Hangul syllables),
# in plain strings and f-strings.
a = "\N{EM DASH}\N{latin small letter a with diaeresis}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}"
b = f"\N{GREEK CAPITAL LETTER DELTA}{x}\N{NO-BREAK SPACE}"
c = "\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{HANGUL SYLLABLE PWILH}" r"\N{EM DASH}", b"\N{EM DASH}"
