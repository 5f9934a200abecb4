def check_none(test_tup):
    # Iterate through each element in the tuple
    for ele in test_tup:
        # Check if the element is None
        if ele == None:
            return True
    # Return False if no None is found
    return False
