def list_split(input_list, n):
    if n <= 0:
        raise ValueError("n must be greater than 0")
    
    # Initialize the result with empty lists
    result = [[] for _ in range(n)]
    
    # Populate the result lists
    for index, item in enumerate(input_list):
        # Determine which sublist this item goes into
        sublist_index = index % n
        result[sublist_index].append(item)
    
    return result
