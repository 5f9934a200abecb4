def extract_singly(lst):
    # Flatten the list of tuples and convert to a set
    result = {item for sublist in lst for item in sublist}
    return result
