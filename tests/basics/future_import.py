from __future__ import annotations


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next


def total(node: Node | None) -> int:
    s = 0
    while node is not None:
        s += node.value
        node = node.next
    return s


print(total(Node(1, Node(2, Node(3)))))
