def remove_kth_element(alist, k):
    return [item for index, item in enumerate(alist) if index != k-1]
