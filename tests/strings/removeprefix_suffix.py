# removeprefix/removesuffix (3.9+): only a whole prefix or suffix goes.
for s in ["test_main.py", "main.py", "", "test_", "py"]:
    print(repr(s.removeprefix("test_")), repr(s.removesuffix(".py")), repr(s.removeprefix("")))
print("ééa".removeprefix("é"), "aéé".removesuffix("é"))
