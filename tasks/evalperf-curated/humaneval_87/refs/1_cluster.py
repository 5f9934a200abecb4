def get_row(lst, x):
    """
    You are given a 2 dimensional data, as a nested lists,
    which is similar to matrix, however, unlike matrices,
    each row may contain a different number of columns.
    Given lst, and integer x, find integers x in the list,
    and return list of tuples, [(x1, y1), (x2, y2) ...] such that
    each tuple is a coordinate - (row, columns), starting with 0.
    Sort coordinates initially by rows in ascending order.
    Also, sort coordinates of the row by columns in descending order.

    Examples:
    get_row([
      [1,2,3,4,5,6],
      [1,2,3,4,1,6],
      [1,2,3,4,5,1]
    ], 1) == [(0, 0), (1, 4), (1, 0), (2, 5), (2, 0)]
    get_row([], 1) == []
    get_row([[], [1], [1, 2, 3]], 3) == [(2, 2)]
    """
    # Collect all coordinates where the element equals x
    coords = [(i, j) for i, row in enumerate(lst) for j, val in enumerate(row) if val == x]
    
    # Group by row index for sorting within rows
    from itertools import groupby
    key_func = lambda coord: coord[0]  # Key function to group by row
    
    # Sort by rows and then within each row sort by column in descending order
    sorted_coords = sorted(coords, key=lambda c: (-c[1], c[0]))
    grouped = groupby(sorted_coords, key=key_func)
    
    # Flatten the list back after sorting within rows
    result = []
    for _, group in grouped:
        group_list = list(group)
        group_list.sort(key=lambda c: c[1], reverse=True)  # Sort columns within row
        result.extend(group_list)
    
    # Now sort all rows in ascending order, but since they were already grouped 
    # by row in ascending order, this step maintains the correct order.
    return sorted(result, key=lambda c: c[0])
