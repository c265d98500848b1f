# typing is a source module in CPython: its ImportError names the file.
from typing import List, nothing
