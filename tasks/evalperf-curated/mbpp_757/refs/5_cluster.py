def count_reverse_pairs(string_list):
    count = 0
    # Iterate through each string in the list
    for i, s1 in enumerate(string_list):
        # Reverse the string
        reversed_s1 = s1[::-1]
        # Check the rest of the list for the reverse string
        for s2 in string_list[i+1:]:
            if s2 == reversed_s1:
                count += 1
    return count
