def ring_automaton(cells: str, rule: int, steps: int) -> str:
    """Run a one-dimensional two-state cellular automaton on a ring and return the final row.

    `cells` is a row of '0' and '1' characters arranged in a circle: the left neighbour of
    position i is position i - 1 and the right neighbour is position i + 1, wrapping around
    (the first and the last cell are neighbours; a one-cell ring is its own left and right
    neighbour). In one step all cells change at the same time: with the old values read as
    the number p = 4 * left + 2 * self + right (0 <= p <= 7), the new value of the cell is
    bit p of `rule` (0 <= rule <= 255). Return the row after `steps` steps (steps >= 0, and
    may be very large) in the same '0'/'1' format; an empty row stays empty.

    >>> ring_automaton("0010", 90, 1)
    '0101'
    >>> ring_automaton("110", 0, 5)
    '000'
    """
