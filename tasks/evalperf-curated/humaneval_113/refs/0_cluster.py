def odd_count(lst):
    def count_odd_digits(string):
        return str(sum(1 for digit in string if int(digit) % 2 != 0))

    return [f"the number of odd elements {count_odd_digits(i)}n the str{count_odd_digits(i)}ng {count_odd_digits(i)} of the {count_odd_digits(i)}nput."
            for i in lst]
