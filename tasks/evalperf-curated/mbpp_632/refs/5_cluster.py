def move_zero(arr):
    """
    This function takes a list arr and moves all zeroes to the end of the list.
    """
    zeroes = 0
    non_zero_elements = []

    for el in arr:
        if el == 0:
            zeroes += 1
        else:
            non_zero_elements.append(el)

    return non_zero_elements + [0] * zeroes
