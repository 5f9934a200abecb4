"""Removes a harness's sandbox containers once the harness is gone, however it ended.

The Docker pool starts this as a detached process (its own session, so Ctrl-C in the terminal
does not reach it) whose standard input is a pipe from the harness. Reading that pipe returns
end-of-file when the harness exits for any reason, SIGKILL included, because the kernel closes
the harness's end. Every container labelled with the harness's session is then removed: also a
container the harness created but had not started yet, which no self-removal covers.

    python -m evalperf.sandbox.reaper SESSION
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].isalnum():
        return 2
    while sys.stdin.buffer.read(1 << 12):
        pass  # the harness never writes; this only waits for end-of-file
    # imported only now: while it waits, this process stays small
    from evalperf.errors import EvalperfError
    from evalperf.sandbox.owners import clean_containers

    try:
        clean_containers(session=argv[1])
    except EvalperfError:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
