def merge_sorted_list(list1, list2, list3):
    # Sort each list individually
    list1_sorted = sorted(list1)
    list2_sorted = sorted(list2)
    list3_sorted = sorted(list3)
    # Merge the three sorted lists efficiently
    return merge_three_sorted_lists(list1_sorted, list2_sorted, list3_sorted)
def merge_three_sorted_lists(list1, list2, list3):
    result = []
    i = j = k = 0
    len1, len2, len3 = len(list1), len(list2), len(list3)
    while i < len1 or j < len2 or k < len3:
        values = []
        if i < len1:
            values.append((list1[i], 'list1'))
        if j < len2:
            values.append((list2[j], 'list2'))
        if k < len3:
            values.append((list3[k], 'list3'))
        min_value, origin = min(values)
        result.append(min_value)
        if origin == 'list1':
            i += 1
        elif origin == 'list2':
            j += 1
        else:  # origin == 'list3'
            k += 1
    return result
