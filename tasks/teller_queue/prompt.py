def assign_tellers(arrivals: list[int], durations: list[int], tellers: int) -> list[int]:
    """Simulate a bank queue and return which teller serves each customer.

    There are `tellers` tellers (tellers >= 1) numbered 0 .. tellers - 1, all idle at time 0.
    Customer i arrives at time arrivals[i] (the list is non-decreasing, values >= 0) and needs
    durations[i] >= 1 time units of service. Customers are handled one after another in
    index order. Customer i starts at the earliest time t >= arrivals[i] at which at least
    one teller is idle (a teller whose last service ends at time e is idle from time e on);
    among all tellers idle at time t the customer takes the one with the smallest number,
    which is then busy until t + durations[i]. Return the teller number of every customer,
    in customer order. Both lists have the same length, which may be zero.

    >>> assign_tellers([0, 0, 1, 5], [3, 2, 4, 1], 2)
    [0, 1, 1, 0]
    >>> assign_tellers([0, 0, 0], [5, 5, 1], 2)
    [0, 1, 0]
    """
