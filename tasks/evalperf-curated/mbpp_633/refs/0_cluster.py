def pair_xor_Sum(lst, n):
    """
    Calculate the sum of XOR of all pairs in the list.

    Args:
    lst (list of int): The list of integers.
    n (int): The number of elements in the list.

    Returns:
    int: The sum of XOR of all pairs.
    """
    total = 0
    for i in range(n):
        for j in range(i + 1, n):
            xor_value = lst[i] ^ lst[j]
            total += xor_value
            print(f"XOR of {lst[i]} and {lst[j]} is {xor_value}, running total: {total}")
    return total
