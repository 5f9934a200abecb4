import re


def pattern_positions(text: str, pattern: str) -> list[int]:
    # a zero-width lookahead matches at every start, overlaps included
    probe = re.compile("(?=" + re.escape(pattern) + ")")
    return [m.start() for m in probe.finditer(text)]
