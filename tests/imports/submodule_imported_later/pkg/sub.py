def hello():
    return "hello from sub"
