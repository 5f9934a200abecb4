def bulgarian_solitaire(piles: list[int], rounds: int) -> list[int]:
    """Play a card-pile patience game for many rounds and return the final pile sizes.

    piles[i] >= 1 is the number of cards in pile i (the list may be empty). One round: take
    one card from every pile (a pile that runs out of cards disappears) and put all the
    cards just taken together as one new pile, so the new pile's size is the number of piles
    there were at the start of the round. With no piles at all nothing happens. Return the
    pile sizes after `rounds` rounds (rounds >= 0, possibly very large) as a list sorted in
    non-increasing order.

    >>> bulgarian_solitaire([3, 1], 1)
    [2, 2]
    >>> bulgarian_solitaire([5], 3)
    [2, 2, 1]
    """
