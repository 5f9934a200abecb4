def skyline_area(buildings: list[list[int]]) -> int:
    # Between consecutive distinct x-coordinates the skyline height is constant: find it by
    # testing every building against every piece.
    xs = sorted({x for left, right, _ in buildings for x in (left, right)})
    area = 0
    for a, b in zip(xs, xs[1:]):
        top = 0
        for left, right, h in buildings:
            if left <= a and b <= right and h > top:
                top = h
        area += top * (b - a)
    return area
