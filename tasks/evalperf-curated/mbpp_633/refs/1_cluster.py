def pair_xor_Sum(lst, n):
    """
    Calculate the sum of XOR of all unique pairs in the list.

    Args:
    lst (list of int): The list of integers.
    n (int): The number of elements in the list.

    Returns:
    int: The sum of XOR of all unique pairs.
    """
    total = 0
    for i in range(n):
        for j in range(i + 1, n):
            xor_value = lst[i] ^ lst[j]
            total += xor_value
            print(f"XOR of pair ({lst[i]}, {lst[j]}) = {xor_value}")
    return total
