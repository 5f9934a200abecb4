def two_unique_nums(*args):
    unique_nums = []
    for arg in args:
        for num in arg:
            if arg.count(num) == 1 and unique_nums.count(num) == 0:
                unique_nums.append(num)
    return unique_nums
