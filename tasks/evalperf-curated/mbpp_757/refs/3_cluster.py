def count_reverse_pairs(string_list):
    reversed_dict = {i: i[::-1] for i in string_list}
    pair_count = 0

    for i in range(len(string_list)):
        for j in range(i+1, len(string_list)):
            if string_list[i] == reversed_dict[string_list[j]]:
                pair_count += 1

    return pair_count
