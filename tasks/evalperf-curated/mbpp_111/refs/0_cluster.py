def common_in_nested_lists(nested_lists):
    flat_list = [item for sublist in nested_lists for item in sublist]
    common = set(flat_list)
    return set(flat_list).intersection(*[set(sublist) for sublist in nested_lists])
nested_lists = [[12, 18, 23, 25, 45], [7, 12, 18, 24, 28], [1, 5, 8, 12, 15, 16, 18]]
