def two_unique_nums(num_list):
    # Create a dictionary to store unique numbers
    unique_dict = {}

    # Iterate over the list
    for num in num_list:
        # If the number is already in the dictionary, add it to a list
        if num in unique_dict:
            unique_dict[num].append(num)
        # If not, add it to the dictionary
        else:
            unique_dict[num] = [num]

    # Collect the keys with only one occurrence
    non_duplicates = [key for key, value in unique_dict.items() if len(value) == 1]

    return non_duplicates
