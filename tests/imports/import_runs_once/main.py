def use():
    import noisy
    return noisy.hit()
print(use(), use())
import noisy
print(noisy.calls)
if __name__ == "__main__":
    print("main", __name__)
