def common_in_nested_lists(nested_list):
    if not nested_list:
        return []
    
    # Initialize the common set with the first list
    common = set(nested_list[0])
    
    # Iterate through the rest of the lists
    for lst in nested_list[1:]:
        common &= set(lst)  # Intersection operation to find common elements
    
    # Return the common elements in the order of appearance in the first list
    return [element for element in nested_list[0] if element in common]
