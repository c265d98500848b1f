def main():
    var 1 = 2
