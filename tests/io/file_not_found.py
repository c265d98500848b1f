# open() of a missing file: FileNotFoundError with CPython's message.
try:
    open("/nonexistent_dir/x.txt")
except OSError as e:
    print(type(e).__name__, e)
try:
    open("/nonexistent_dir/x.txt", "w")
except FileNotFoundError as e:
    print("w:", e)
try:
    open("/", "rb")
except IsADirectoryError as e:
    print(e)
try:
    open("x.txt", "q")
except ValueError as e:
    print(e)
try:
    open("x.txt", "rw")
except ValueError as e:
    print(e)
try:
    open("x.txt", "rbt")
except ValueError as e:
    print(e)
try:
    open("x.txt", "")
except ValueError as e:
    print(e)
try:
    open("x.txt", "rb", encoding="utf-8")
except ValueError as e:
    print(e)
open("x.txt")
