def odd_count(lst):
    def count_odds(s):
        return sum(int(d) % 2 for d in s)

    result = []
    for s in lst:
        n = count_odds(s)
        s = ''.join('4' if c.isdigit() else c for c in s)
        result.append(f"the number of odd elements {n}n the str{n}ng {n} of the {n}nput.")
    return result
