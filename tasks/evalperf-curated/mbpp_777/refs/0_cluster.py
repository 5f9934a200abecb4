def find_sum(lst):
    lst = list(set(lst)) # Remove duplicates
    sum_non_repeated = sum([i for i in lst if lst.count(i) == 1]) # Find the sum of non-repeated elements
    return sum_non_repeated
