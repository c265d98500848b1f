# also-build
# Literals of every skeleton type, and print with several arguments, sep and end.
print(0, 1, -1, 42, 1_000_000, 0x1F, 0o17, 0b1011)
print(1.5, -0.0, 0.1, 1e16, 1e-5, 123456789012345.0, 2.5e-7, 1e300 * 10)
print(True, False, None)
print("plain", 'single', "with 'quotes'", 'with "double"', "tab\tand\\backslash")
print("unicode: héllo wörld ✓", "escape \x41\u00e9")
print()
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" then more", end="!\n")
print("x", 1, 2.0, True, None, sep="", end="\n")
print("sep None", 1, sep=None, end=None)
print("""triple
quoted""", '''single triple''')
print("adjacent " "literals " 'joined')
print(r"raw \n string")
