from typing import List
def common(l1: List[int], l2: List[int]) -> List[int]:
    """
    Return sorted unique common elements for two lists.
    
    :param l1: First list of integers
    :param l2: Second list of integers
    :return: Sorted list of unique common elements
    """
    # Convert both lists to sets to remove duplicates and find common elements
    common_elements = set(l1).intersection(set(l2))
    # Convert the set back to a sorted list
    return sorted(list(common_elements))
