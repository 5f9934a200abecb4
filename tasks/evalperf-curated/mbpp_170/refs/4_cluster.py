def sum_range_list(list, start_index, end_index):
    # Slice the list to get elements within the specified range
    sublist = list[start_index:end_index + 1]
    # Calculate the sum of numbers in the sublist
    sum = 0
    for num in sublist:
        sum += num
    return sum
