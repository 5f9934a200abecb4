def check_none(tuple):
    return any(type(i) == type(None) for i in tuple)
