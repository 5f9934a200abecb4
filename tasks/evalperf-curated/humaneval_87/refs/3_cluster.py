def get_row(lst, x):
    """
    Returns a list of coordinates where the value x appears in the given list.
    
    Args:
        lst (list): A 2D list, where each sublist may have a different length.
        x (int): The integer to search for.
    
    Returns:
        list: A list of tuples representing coordinates (row, column) in the list.
    """
    # Initialize an empty list to store the coordinates
    coordinates = []
    
    # Iterate over the 2D list using enumerate to get the row index and value
    for row_index, row in enumerate(lst):
        # Iterate over the row using enumerate to get the column index and value
        for col_index, value in enumerate(row):
            # Check if the value matches the target x
            if value == x:
                # Append the coordinate (row, column) to the list
                coordinates.append((row_index, col_index))
    
    # First, sort coordinates by rows in ascending order
    coordinates.sort(key=lambda x: x[0])
    # Then, sort coordinates of each row by columns in descending order
    coordinates = sorted(coordinates, key=lambda x: (-x[1] if x[0] == coordinates[0][0] else x[0]))
    
    # However, the lambda function used in previous line will fail for unsorted lists. 
    # So we will sort this way instead
    sorted_rows = {}
    for coord in coordinates:
        if coord[0] not in sorted_rows:
            sorted_rows[coord[0]] = []
        sorted_rows[coord[0]].append(coord[1])
    for key in sorted_rows:
        sorted_rows[key].sort(reverse=True)
    sorted_coordinates = []
    for key in sorted(sorted_rows):
        for val in sorted_rows[key]:
            sorted_coordinates.append((key, val))
    
    return sorted_coordinates
