def merge_sorted_list(*lists):
    """
    Merges and sorts a variable number of sorted lists.
    """
    # Flatten the input and sort it
    return sorted([item for sublist in lists for item in sublist])
