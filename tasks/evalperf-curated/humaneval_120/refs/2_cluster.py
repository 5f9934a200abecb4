def maximum(arr, k):
    """
    Given an array arr of integers and a positive integer k, return a sorted list 
    of length k with the maximum k numbers in arr.

    Example 1:

        Input: arr = [-3, -4, 5], k = 3
        Output: [-4, -3, 5]

    Example 2:

        Input: arr = [4, -4, 4], k = 2
        Output: [4, 4]

    Example 3:

        Input: arr = [-3, 2, 1, 2, -1, -2, 1], k = 1
        Output: [2]

    Note:
        1. The length of the array will be in the range of [1, 1000].
        2. The elements in the array will be in the range of [-1000, 1000].
        3. 0 <= k <= len(arr)
    """
    counts = [0] * 2001  # For numbers from -1000 to 1000
    for num in arr:
        counts[num + 1000] += 1  # Shift index to handle negative numbers
    result = []
    for index in range(2000, -1, -1):  # Traverse from highest to lowest
        while counts[index] > 0 and len(result) < k:
            result.append(index - 1000)  # Shift back to original number
            counts[index] -= 1
    result.sort()  # Sort the k maximum numbers in ascending order
    return result
