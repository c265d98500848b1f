from shapes import area
print(area(2, 3))
from shapes import volume
