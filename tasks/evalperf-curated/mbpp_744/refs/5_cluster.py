def check_none(tuple):
    if None in tuple:
        return True
    else:
        return False
