def sort_third(input_list: list) -> list:
    """
    This function takes a list and returns a new list that is identical to the input list in the indices that are not divisible by three.
    Its values at the indices that are divisible by three are equal to the values of the corresponding indices of the input list, but sorted.
    
    Args:
        input_list (list): The list to be sorted.

    Returns:
        list: A new list with every third element sorted.
    """
    
    # Separate elements at indices divisible by 3 from the rest of the list
    every_third_element = [input_list[i] for i in range(len(input_list)) if i % 3 == 0]
    other_elements = [input_list[i] for i in range(len(input_list)) if i % 3 != 0]
    
    # Sort the every third elements
    sorted_third_elements = sorted(every_third_element)
    
    # Initialize an empty list to store the final result
    result = []
    
    # Initialize counters for every third elements and other elements
    third_element_counter = 0
    other_element_counter = 0
    
    # Iterate over the input list's indices
    for i in range(len(input_list)):
        # If the index is divisible by 3, append the next sorted every third element
        if i % 3 == 0:
            result.append(sorted_third_elements[third_element_counter])
            third_element_counter += 1
        # Otherwise, append the next other element
        else:
            result.append(other_elements[other_element_counter])
            other_element_counter += 1
    
    return result
