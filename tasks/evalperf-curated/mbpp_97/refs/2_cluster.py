from typing import List, Union
def flatten_list(nested_list):
    """Flatten a nested list"""
    flat_list = []
    for item in nested_list:
        if isinstance(item, list):
            flat_list.extend(flatten_list(item))
        else:
            flat_list.append(item)
    return flat_list
def frequency_lists(nested_list: List[List[Union[int, float, str]]]):
    """Find frequency of each element in a nested list"""
    flat_list = flatten_list(nested_list)
    frequency_dict = {}
    for item in flat_list:
        if item in frequency_dict:
            frequency_dict[item] += 1
        else:
            frequency_dict[item] = 1
    return frequency_dict
