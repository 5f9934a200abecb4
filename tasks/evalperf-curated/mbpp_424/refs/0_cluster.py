def extract_rear(t):
    return [char for string in t for char in string[-1:]]
