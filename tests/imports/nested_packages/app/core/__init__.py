from .engine import run
print("core init", __name__)
