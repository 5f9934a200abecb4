def deadline_job_profit(jobs: list[list[int]]) -> int:
    """Each job is a pair [deadline, profit]. Time is divided into unit slots numbered
    1, 2, 3, ...; a chosen job occupies one whole slot, at most one job runs per slot,
    and a job with deadline d may only run in a slot numbered at most d (so a deadline of
    0 or less can never be met). Any job may be skipped. Return the largest total profit of
    a feasible choice of jobs.

    Profits may be negative (such jobs are simply never worth taking); the list may be empty.

    >>> deadline_job_profit([[1, 5], [1, 7], [2, 1]])
    8
    >>> deadline_job_profit([[2, 3], [2, 4], [2, 5]])
    9
    """
