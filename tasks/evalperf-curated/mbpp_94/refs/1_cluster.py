def index_minimum(tuples_list):
    """
    Given a list of tuples, write a function that returns the first value
    of the tuple with the smallest second value.
    """
    # Sort the list of tuples based on the second value of each tuple
    sorted_list = sorted(tuples_list, key=lambda x: x[1])

    # Return the first value of the first tuple in the sorted list
    return sorted_list[0][0]
