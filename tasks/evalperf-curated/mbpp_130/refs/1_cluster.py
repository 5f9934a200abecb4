def max_occurrences(lst):
    frequency_dict = {}
    for item in lst:
        if item in frequency_dict:
            frequency_dict[item] += 1
        else:
            frequency_dict[item] = 1
    max_frequency = max(list(frequency_dict.values()))
    items_with_max_frequency = [key for key, value in frequency_dict.items() if value == max_frequency]
    return items_with_max_frequency[0]
