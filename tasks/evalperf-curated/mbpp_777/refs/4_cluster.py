def find_sum(lst):
    """
    This function calculates the sum of non-repeated elements in a given list.
    
    Parameters:
    lst (list): The input list of integers.
    
    Returns:
    int: The sum of non-repeated elements in the list.
    """
    seen = set()  # Set to keep track of seen elements
    sum = 0       # Variable to store the sum of non-repeated elements
    
    for num in lst:
        if num not in seen:
            seen.add(num)  # Add the number to the set if not seen before
            sum += num      # Add the number to the sum
    
    return sum
