def extract_index_list(l1, l2, l3):
    # Using zip to pair elements of the three lists based on their indices
    # The list comprehension filters out the elements that are common in all three pairs
    common_elements = [element for element in zip(l1, l2, l3) if element[0] == element[1] == element[2]]
    # Extracting the common elements from the tuples in the list comprehension
    common_elements = [element[0] for element in common_elements]
    return common_elements
