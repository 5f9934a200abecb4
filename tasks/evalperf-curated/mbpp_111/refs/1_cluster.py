def common_in_nested_lists(nested_lists):
    if not nested_lists:
        return set()

    flat_list = [item for sublist in nested_lists for item in sublist]
    return set(flat_list).intersection(*[set(sublist) for sublist in nested_lists])
