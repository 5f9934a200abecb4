from itertools import groupby


def run_length_encode(text: str) -> str:
    # itertools.groupby finds the runs in C; each run is counted by a Python generator.
    return "".join(str(sum(1 for _ in run)) + letter for letter, run in groupby(text))
