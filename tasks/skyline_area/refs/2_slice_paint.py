from operator import itemgetter, mul, sub


def skyline_area(buildings: list[list[int]]) -> int:
    # Paint buildings from lowest to highest, overwriting the heights of the pieces they span
    # with one slice assignment each: O(n * d) element copies, but all in C.
    xs = sorted({x for left, right, _ in buildings for x in (left, right)})
    if len(xs) < 2:
        return 0
    index = {x: i for i, x in enumerate(xs)}
    tops = [0] * (len(xs) - 1)
    for left, right, h in sorted(buildings, key=itemgetter(2)):
        i = index[left]
        j = index[right]
        tops[i:j] = [h] * (j - i)
    return sum(map(mul, tops, map(sub, xs[1:], xs)))
