def sort_third(l: list):
    third_elements = sorted([l[i] for i in range(0, len(l), 3)])
    result = l.copy()
    result[::3] = third_elements
    return result
