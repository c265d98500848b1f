# A module whose body raises: the error reaches the importer's import statement.
print("before")
import broken
print("never")
