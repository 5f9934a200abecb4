def find_tuples(tuples_list, k):
    def all_elements_divisible_by_k(t, k):
        return all(element % k == 0 for element in t)

    return [t for t in tuples_list if all_elements_divisible_by_k(t, k)]
