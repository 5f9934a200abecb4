from collections import Counter
def freq_count(input_list):
    """
    Calculates the frequency of each element in a list.

    Args:
        input_list: A list of elements.

    Returns:
        A dictionary where keys are the unique elements from the input list and 
        values are their corresponding frequencies.  Returns an empty dictionary if the input is empty.
    """
    if not input_list:
        return {}
    return dict(Counter(input_list))
