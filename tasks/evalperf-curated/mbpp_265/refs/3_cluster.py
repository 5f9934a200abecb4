def list_split(lst, n):
    # Calculate the number of resulting lists we will have
    num_lists = (len(lst) + n - 1) // n
    result = []
    
    # Loop through each position up to n (columns in the split list)
    for i in range(n):
        # For each position i, collect every nth element starting from i
        sublist = lst[i::n]
        result.append(sublist)
    
    return result
