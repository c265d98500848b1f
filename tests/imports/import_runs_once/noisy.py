print("noisy loaded", __name__)
calls = 0
def hit():
    global calls
    calls += 1
    return calls
