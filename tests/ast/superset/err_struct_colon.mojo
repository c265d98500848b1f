struct S
    var x: Int
