def common(l1: list, l2: list) -> list:
    # Use list comprehension to find common elements and set data structure to eliminate duplicates
    common_elements = list(set([i for i in l1 if i in l2]))

    # Sort the resulting list
    common_elements.sort()

    return common_elements
