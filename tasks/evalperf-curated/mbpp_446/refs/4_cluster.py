from collections import Counter
def count_Occurrence(tup: tuple, lst: list) -> int:
    # Convert the tuple to a Counter object and the list to a list of keys
    count = Counter(tup)
    keys = [key for key in lst]
    # Return the sum of counts for each key in the list
    return sum(count[key] for key in keys)
