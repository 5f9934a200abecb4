def Extract(lst):
    # Extracting the first element from each sublist
    result = [sublist[0] for sublist in lst]
    return result
