def two_unique_nums(lst):
    num_set = set()
    result = []
    for num in lst:
        if num not in num_set:
            num_set.add(num)
            result.append(num)
        elif num in result:
            result.remove(num)
    return result
