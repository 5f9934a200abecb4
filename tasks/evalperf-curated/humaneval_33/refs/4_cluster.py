def sort_third(input_list: list) -> list:
    """
    This function takes a list `input_list` and returns a list `output_list` such that:
    - `output_list` is identical to `input_list` at indices not divisible by three.
    - Values at indices divisible by three in `output_list` are the sorted values from the corresponding indices in `input_list`.

    :param input_list: The input list to be processed
    :return: The processed list as per the problem statement
    """

    # Separate elements at indices divisible by 3 and sort them
    third_indices = sorted([val for idx, val in enumerate(input_list) if idx % 3 == 0])
    
    # Initialize an empty list to store the result
    output_list = []
    
    # Index to track the current position in third_indices list
    third_idx_tracker = 0
    
    # Iterate over the input list with enumerate to access both index and value
    for idx, val in enumerate(input_list):
        # If the index is divisible by 3, append the next sorted value
        if idx % 3 == 0:
            output_list.append(third_indices[third_idx_tracker])
            third_idx_tracker += 1
        # If the index is not divisible by 3, append the original value
        else:
            output_list.append(val)
    
    return output_list
