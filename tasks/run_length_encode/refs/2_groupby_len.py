from itertools import groupby


def run_length_encode(text: str) -> str:
    # Same groupby, but each run is counted in C with len(list(run)).
    return "".join(str(len(list(run))) + letter for letter, run in groupby(text))
