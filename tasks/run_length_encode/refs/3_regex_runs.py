import re

# One alternative per letter: 'a+' and friends run as tight C loops inside the regex engine.
_RUNS = re.compile("|".join(c + "+" for c in "abcdefghijklmnopqrstuvwxyz"))


def run_length_encode(text: str) -> str:
    return "".join([str(len(run)) + run[0] for run in _RUNS.findall(text)])
