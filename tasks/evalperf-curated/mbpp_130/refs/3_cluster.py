def max_occurrences(lst):
    """
    Finds the item with the maximum frequency in the given list.
    If there are multiple items with the same maximum frequency,
    the first one encountered is returned.
    """
    from collections import Counter

    if not lst:
        return None

    # Create a Counter object to count the occurrences of each element
    count = Counter(lst)

    # Find the element with the maximum frequency
    max_freq_item = max(count, key=lambda x: count[x])

    return max_freq_item
