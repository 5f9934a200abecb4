def count_Occurrence(tup, lst):
    # Create an empty dictionary to store the occurrences of each element in the tuple
    occurrences = {}
    # Iterate over each element in the tuple
    for elem in tup:
        # If the element is not in the dictionary, add it with a count of 1
        if elem not in occurrences:
            occurrences[elem] = 1
        # If the element is already in the dictionary, increment its count by 1
        else:
            occurrences[elem] += 1
    # Initialize a variable to keep track of the total count
    total_count = 0
    # Iterate over each element in the list
    for elem in lst:
        # If the element is in the dictionary, add its count to the total count
        if elem in occurrences:
            total_count += occurrences[elem]
    # Return the total count
    return total_count
