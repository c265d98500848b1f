from ..config import SETTINGS
print("engine init", __name__)
def run(task):
    return f"{task} with {SETTINGS['mode']}"
