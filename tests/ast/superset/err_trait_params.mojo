trait T[:
    pass
