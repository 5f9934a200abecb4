def odd_count(lst):
    def count_odds(s):
        return sum(1 for char in s if char in '13579')

    results = []
    for s in lst:
        odd_digits_count = count_odds(s)
        result_str = "the number of odd elements {}n the str{}ng {} of the {}nput.".format(
            odd_digits_count, odd_digits_count, odd_digits_count, odd_digits_count)
        results.append(result_str)

    return results
