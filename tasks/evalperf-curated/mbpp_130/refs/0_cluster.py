def max_occurrences(lst):
    # Creating a dictionary to keep count of each item in the list
    count_dict = {i: lst.count(i) for i in lst}

    # Finding the item with maximum frequency
    max_item = max(count_dict, key=count_dict.get)

    # Returning the item with maximum frequency
    return max_item
