def skyline_area(buildings: list[list[int]]) -> int:
    """Each building [left, right, height] (left <= right, height >= 0) is the rectangle
    left <= x <= right, 0 <= y <= height standing on the ground line. Buildings may overlap.
    Return the area of the region covered by at least one building, i.e. the area under
    the skyline. Coordinates may be negative; zero-width or zero-height buildings add
    nothing; an empty list gives 0.

    >>> skyline_area([[0, 4, 2], [2, 6, 3]])
    16
    >>> skyline_area([[1, 3, 5], [1, 3, 5], [5, 5, 9]])
    10
    """
