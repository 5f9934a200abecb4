def longest_consecutive_run(values: list[int]) -> int:
    """Return the size of the longest block of consecutive integers found among the values.

    A block of size k is k integers x, x + 1, ..., x + k - 1 that all occur somewhere
    in the list, in any order; duplicates count once. Return 0 for an empty list.
    Values may be negative. The input list must not be changed.

    >>> longest_consecutive_run([10, 4, 3, 11, 5, 2, 4])
    4
    >>> longest_consecutive_run([7, 9])
    1
    """
