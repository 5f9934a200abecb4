def count_Occurrence(tup, lst):
    # Create a dictionary to store count of each element in the tuple
    tup_count = {i: tup.count(i) for i in tup}
    # Initialize the result
    result = 0
    # Iterate over the list and add the count of each element to the result
    for i in lst:
        result += tup_count.get(i, 0)
    return result
