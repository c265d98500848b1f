# Annotations in a class body: `name: T = value` is a class attribute, `name: T` alone binds nothing.
from typing import Dict, List


class Config:
    name: str = "default"
    retries: int = 3
    items: Dict[str, int]
    tags: List[str]

    def __init__(self):
        self.items = {}
        self.tags = []

    def add(self, k: str, v: int) -> None:
        self.items[k] = v


c = Config()
c.add("a", 1)
print(Config.name, Config.retries, c.name, c.items, c.tags)
Config.retries += 1
print(Config.retries, c.retries)
print(c.missing)
