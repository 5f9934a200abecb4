from typing import List, Dict, Union
def frequency_lists(list_of_lists: List[List[Union[int, float, str]]]) -> Dict[Union[int, float, str], int]:
    # Flatten the list of lists
    flattened_list = [item for sublist in list_of_lists for item in sublist]
    # Find the frequency of each element
    frequency_dict = {i: flattened_list.count(i) for i in flattened_list}
    return frequency_dict
