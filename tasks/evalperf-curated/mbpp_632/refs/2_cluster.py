def move_zero(lst):
    # Initialize pointers for the current position and the position to place the next non-zero element
    current_pos = 0
    non_zero_pos = 0
    
    # Iterate through the list
    while current_pos < len(lst):
        # If the current element is not zero, move it to the non_zero_pos and increment non_zero_pos
        if lst[current_pos] != 0:
            lst[non_zero_pos] = lst[current_pos]
            non_zero_pos += 1
        current_pos += 1
    
    # Fill the remaining positions with zeros
    while non_zero_pos < len(lst):
        lst[non_zero_pos] = 0
        non_zero_pos += 1
    
    return lst
