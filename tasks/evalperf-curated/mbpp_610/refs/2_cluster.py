def remove_kth_element(input_list, k):
    """Remove the k-th element from the input list"""
    if not isinstance(input_list, list):
        raise ValueError("The input should be a list")
    
    if not isinstance(k, int) or k < 1:
        raise ValueError("k should be a positive integer")
        
    if k > len(input_list):
        raise IndexError("k is larger than the size of input_list")
        
    return input_list[:k-1] + input_list[k:]
