def count_reverse_pairs(string_list):
    def is_reverse(str1, str2):
        if len(str1) != len(str2):
            return False
        return str1 == str2[::-1]
    
    count = 0
    for i in range(len(string_list)):
        for j in range(i + 1, len(string_list)):
            if is_reverse(string_list[i], string_list[j]):
                count += 1
    return count
