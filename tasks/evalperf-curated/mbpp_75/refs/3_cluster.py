def find_tuples(tuples, k):
    # Function to check if all elements of a tuple are divisible by k
    def all_divisible(tuple_elem):
        for ele in tuple_elem:
            if ele % k != 0:
                return False
        return True
    # Filtering tuples with all elements divisible by k
    result = [tuple_elem for tuple_elem in tuples if all_divisible(tuple_elem)]
    return result
