"""How examples/replay-demo.jsonl was composed (kept for provenance; run from the repository root).

The recording stands in for a chat model answering the `instruct` prompt on twelve built-in
tasks whose slowest reference tier is cheap to profile, three answers per task. The answers
are written by the team in the shapes models really produce: chat preambles and closing
remarks, fenced and unfenced code, ```py labels, several code blocks (a first attempt then an
"optimized" one, a usage example), test code under `if __name__ == "__main__":`, a LeetCode-style
`class Solution`, a body without its signature, a reasoning block, an answer cut off by the
token limit, and a refusal. Quality is mixed: some answers match a fast reference tier, some a
slow one, and some are wrong (misread statements, crashes on edge cases).

    python examples/build_replay_demo.py
    evalperf run --model replay:examples/replay-demo.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

FENCE = "```"


def fenced(code: str, lang: str = "python") -> str:
    return f"{FENCE}{lang}\n{code.strip()}\n{FENCE}"


# (task_id, raw answer, finish_reason) in sample order per task
ANSWERS: list[tuple[str, str, str]] = []


def answer(task_id: str, raw: str, finish_reason: str = "stop") -> None:
    ANSWERS.append((task_id, raw.strip("\n") + "\n", finish_reason))


# -- pattern_positions ---------------------------------------------------------------------------
answer(
    "pattern_positions",
    "Here's a simple and efficient solution using `str.find`, restarting the search one "
    "character after each match so that overlapping occurrences are reported:\n\n"
    + fenced("""
def pattern_positions(text: str, pattern: str) -> list[int]:
    positions = []
    i = text.find(pattern)
    while i != -1:
        positions.append(i)
        i = text.find(pattern, i + 1)
    return positions
""")
    + "\n\n**Complexity:** each `find` runs in C, so this is fast in practice; the worst case is "
    "O(n·m) for pathological inputs.",
)
answer(
    "pattern_positions",
    "To report every occurrence I'll compare the pattern at each starting index.\n\n"
    + fenced("""
def pattern_positions(text: str, pattern: str) -> list[int]:
    result = []
    m = len(pattern)
    for i in range(len(text) - m + 1):
        if text[i:i + m] == pattern:
            result.append(i)
    return result


if __name__ == "__main__":
    print(pattern_positions("abababa", "aba"))  # [0, 2, 4]
    print(pattern_positions("hello", "xyz"))    # []
""")
    + "\n\nThis checks all n - m + 1 windows; slicing makes each comparison O(m).",
)
# wrong: skips past each match, so overlapping occurrences are lost
answer(
    "pattern_positions",
    "You can use the `re` module to find all matches:\n\n"
    + fenced("""
import re

def pattern_positions(text: str, pattern: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(pattern), text)]
""")
    + "\n\n`re.escape` makes sure special characters in the pattern are matched literally.",
)

# -- run_length_encode ---------------------------------------------------------------------------
answer(
    "run_length_encode",
    fenced('''
from itertools import groupby


def run_length_encode(text: str) -> str:
    """Run-length encode a string of lower-case letters."""
    return "".join(f"{len(list(group))}{char}" for char, group in groupby(text))
'''),
)
answer(
    "run_length_encode",
    "Sure! We walk through the string and count how long each run of equal letters is.\n\n"
    + fenced("""
def run_length_encode(text: str) -> str:
    if not text:
        return ""
    result = ""
    count = 1
    for i in range(1, len(text)):
        if text[i] == text[i - 1]:
            count += 1
        else:
            result += str(count) + text[i - 1]
            count = 1
    result += str(count) + text[-1]
    return result
""")
    + "\n\nExample:\n\n"
    + fenced(
        """
>>> run_length_encode("aaabcc")
'3a1b2c'
""",
        "",
    )
    + "\n",
)
# wrong: leaves out the count of single letters (a common variant of RLE, not this one)
answer(
    "run_length_encode",
    "Here is the implementation:\n\n"
    + fenced("""
def run_length_encode(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        run = j - i
        out.append((str(run) if run > 1 else "") + text[i])
        i = j
    return "".join(out)
"""),
)

# -- parse_int_csv -------------------------------------------------------------------------------
answer(
    "parse_int_csv",
    "The simplest approach is to split on commas and convert each piece:\n\n"
    + fenced("""
def parse_int_csv(text: str) -> list[int]:
    if not text:
        return []
    return list(map(int, text.split(",")))
""")
    + "\n\nThe empty string needs a special case because `''.split(',')` returns `['']`.",
)
# wrong: crashes on the empty string
answer(
    "parse_int_csv",
    fenced(
        """
def parse_int_csv(text: str) -> list[int]:
    return [int(part) for part in text.split(",")]
""",
        "py",
    ),
)
answer(
    "parse_int_csv",
    "<think>\nThe input is a comma-separated list of integers with no spaces. Splitting and "
    "calling int() is O(n). Since the format is exactly what JSON uses inside an array, json.loads "
    "on '[' + text + ']' parses everything in C, and the empty string gives [] for free.\n</think>\n\n"
    "The format matches the inside of a JSON array, so we can let the JSON parser do the work:\n\n"
    + fenced("""
import json

def parse_int_csv(text: str) -> list[int]:
    return json.loads("[" + text + "]")
"""),
)

# -- longest_repeat_free_substring ---------------------------------------------------------------
answer(
    "longest_repeat_free_substring",
    "This is the classic sliding-window problem. Keep the last index at which each character "
    "was seen and move the left edge of the window past a repeat.\n\n"
    + fenced("""
def longest_repeat_free_substring(text: str) -> int:
    last_seen = {}
    start = 0
    best = 0
    for i, ch in enumerate(text):
        if ch in last_seen and last_seen[ch] >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best
""")
    + "\n\nTime complexity: O(n), space: O(min(n, alphabet)).",
)
# wrong: moves the window start backwards on "abba"
answer(
    "longest_repeat_free_substring",
    "Here's an O(n) solution:\n\n"
    + fenced("""
def longest_repeat_free_substring(text: str) -> int:
    pos = {}
    left = best = 0
    for right, c in enumerate(text):
        if c in pos:
            left = pos[c] + 1
        pos[c] = right
        best = max(best, right - left + 1)
    return best
"""),
)
answer(
    "longest_repeat_free_substring",
    "A LeetCode-style solution:\n\n"
    + fenced("""
class Solution:
    def longest_repeat_free_substring(self, text: str) -> int:
        window = set()
        left = 0
        best = 0
        for right in range(len(text)):
            while text[right] in window:
                window.remove(text[left])
                left += 1
            window.add(text[right])
            best = max(best, right - left + 1)
        return best
"""),
)

# -- total_popcount ------------------------------------------------------------------------------
answer(
    "total_popcount",
    "Python 3.10 added `int.bit_count()`, which counts the 1 bits of the absolute value, so "
    "negative numbers are handled as required:\n\n"
    + fenced("""
def total_popcount(values: list[int]) -> int:
    return sum(v.bit_count() for v in values)
"""),
)
answer(
    "total_popcount",
    "def total_popcount(values: list[int]) -> int:\n"
    "    total = 0\n"
    "    for v in values:\n"
    "        v = abs(v)\n"
    "        while v:\n"
    "            total += v & 1\n"
    "            v >>= 1\n"
    "    return total\n\n"
    "This loops over every bit of every number.",
)
answer(
    "total_popcount",
    "Convert each absolute value to binary with `format` and count the ones:\n\n"
    + fenced("""
def total_popcount(values: list[int]) -> int:
    count = 0
    for value in values:
        count += format(abs(value), "b").count("1")
    return count
""")
    + "\n\n`format(x, 'b')` gives the binary digits without the `0b` prefix.",
)

# -- min_swaps_to_sort ---------------------------------------------------------------------------
answer(
    "min_swaps_to_sort",
    "The minimum number of swaps equals n minus the number of cycles in the permutation that "
    "maps each element to its sorted position.\n\n"
    + fenced("""
def min_swaps_to_sort(values: list[int]) -> int:
    n = len(values)
    order = sorted(range(n), key=lambda i: values[i])
    visited = [False] * n
    swaps = 0
    for i in range(n):
        if visited[i] or order[i] == i:
            continue
        cycle = 0
        j = i
        while not visited[j]:
            visited[j] = True
            j = order[j]
            cycle += 1
        swaps += cycle - 1
    return swaps
""")
    + "\n\nTime: O(n log n) for the sort, O(n) for the cycle walk.",
)
answer(
    "min_swaps_to_sort",
    "A straightforward approach is selection sort, counting the swaps it makes:\n\n"
    + fenced("""
def min_swaps_to_sort(values: list[int]) -> int:
    arr = values[:]  # don't modify the input
    swaps = 0
    for i in range(len(arr)):
        j = arr.index(min(arr[i:]), i)
        if j != i:
            arr[i], arr[j] = arr[j], arr[i]
            swaps += 1
    return swaps
"""),
)
# wrong: half the misplaced elements is not the answer when cycles are longer than two
answer(
    "min_swaps_to_sort",
    fenced("""
def min_swaps_to_sort(values: list[int]) -> int:
    target = sorted(values)
    misplaced = sum(1 for a, b in zip(values, target) if a != b)
    return (misplaced + 1) // 2
"""),
)

# -- deadline_job_profit -------------------------------------------------------------------------
answer(
    "deadline_job_profit",
    "Greedy with a min-heap: process jobs by deadline and keep the best `deadline` profits seen "
    "so far.\n\n"
    + fenced("""
import heapq
from typing import List


def deadline_job_profit(jobs: List[List[int]]) -> int:
    heap = []
    for deadline, profit in sorted(jobs):
        if profit <= 0 or deadline <= 0:
            continue
        if len(heap) < deadline:
            heapq.heappush(heap, profit)
        elif heap[0] < profit:
            heapq.heapreplace(heap, profit)
    return sum(heap)
"""),
)
# wrong: puts each job only in the slot equal to its deadline, never in an earlier free one
answer(
    "deadline_job_profit",
    "Classic job sequencing: sort by profit (descending) and schedule each job in its deadline "
    "slot if that slot is still free.\n\n"
    + fenced("""
def deadline_job_profit(jobs):
    jobs = sorted(jobs, key=lambda j: -j[1])
    used = set()
    total = 0
    for deadline, profit in jobs:
        if profit > 0 and deadline > 0 and deadline not in used:
            used.add(deadline)
            total += profit
    return total
""")
    + "\n\nSorting dominates: O(n log n).",
)
# wrong: keeps a job only while fewer jobs than its deadline are taken, never swaps in a better one
answer(
    "deadline_job_profit",
    fenced("""
def deadline_job_profit(jobs: list[list[int]]) -> int:
    taken = 0
    total = 0
    for deadline, profit in sorted(jobs):
        if profit > 0 and taken < deadline:
            taken += 1
            total += profit
    return total
"""),
)

# -- min_spanning_forest -------------------------------------------------------------------------
answer(
    "min_spanning_forest",
    "Kruskal's algorithm with a union-find structure handles disconnected graphs naturally "
    "(it builds a spanning forest):\n\n"
    + fenced("""
def min_spanning_forest(n: int, edges: list[list[int]]) -> int:
    parent = list(range(n))
    rank = [0] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
        return True

    total = 0
    for u, v, w in sorted(edges, key=lambda e: e[2]):
        if union(u, v):
            total += w
    return total
""")
    + "\n\nTime complexity: O(E log E).",
)
# wrong: Prim's algorithm from node 0 only, so other components are never reached
answer(
    "min_spanning_forest",
    "Here is Prim's algorithm with a priority queue:\n\n"
    + fenced("""
import heapq

def min_spanning_forest(n, edges):
    if n == 0:
        return 0
    graph = [[] for _ in range(n)]
    for u, v, w in edges:
        graph[u].append((w, v))
        graph[v].append((w, u))
    visited = [False] * n
    heap = [(0, 0)]
    total = 0
    while heap:
        w, u = heapq.heappop(heap)
        if visited[u]:
            continue
        visited[u] = True
        total += w
        for edge in graph[u]:
            if not visited[edge[1]]:
                heapq.heappush(heap, edge)
    return total
""")
    + "\n\n### Example\n\n"
    + fenced("""
print(min_spanning_forest(4, [[0, 1, 4], [1, 2, 2], [0, 2, 3], [2, 3, 7]]))  # 12
"""),
)
# cut off by the token limit in the middle of the function
answer(
    "min_spanning_forest",
    "I'll use Kruskal's algorithm. First, sort the edges by weight, then add each edge that "
    "joins two different components, tracked with a disjoint-set union.\n\n"
    + FENCE
    + "python\n"
    + """def min_spanning_forest(n: int, edges: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for u, v, w in sorted(edges, key=lambda e: e[2]):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total +=""",
    "length",
)

# -- digit_sum_total -----------------------------------------------------------------------------
answer(
    "digit_sum_total",
    "Convert each number to a string (ignoring the sign) and add up its digits:\n\n"
    + fenced("""
def digit_sum_total(values: list[int]) -> int:
    return sum(int(d) for v in values for d in str(abs(v)))
"""),
)
# wrong: str(v) keeps the minus sign and int('-') raises
answer(
    "digit_sum_total",
    fenced("""
def digit_sum_total(values: list[int]) -> int:
    total = 0
    for v in values:
        for ch in str(v):
            total += int(ch)
    return total
"""),
)
answer(
    "digit_sum_total",
    "Only the function body is needed:\n\n"
    + fenced("""
total = 0
for v in values:
    v = abs(v)
    while v:
        total += v % 10
        v //= 10
return total
"""),
)

# -- anagram_window_count ------------------------------------------------------------------------
answer(
    "anagram_window_count",
    "Use a sliding window with two `Counter`s: add the entering character, remove the leaving "
    "one, and compare.\n\n"
    + fenced("""
from collections import Counter


def anagram_window_count(text: str, pattern: str) -> int:
    m = len(pattern)
    if m > len(text):
        return 0
    need = Counter(pattern)
    window = Counter(text[:m])
    count = int(window == need)
    for i in range(m, len(text)):
        window[text[i]] += 1
        window[text[i - m]] -= 1
        if window[text[i - m]] == 0:
            del window[text[i - m]]
        if window == need:
            count += 1
    return count
""")
    + "\n\nEach step updates the counter in O(1) and compares in O(alphabet).",
)
answer(
    "anagram_window_count",
    "A simple way: two strings are anagrams exactly when their sorted characters are equal.\n\n"
    + fenced("""
def anagram_window_count(text: str, pattern: str) -> int:
    k = len(pattern)
    target = sorted(pattern)
    count = 0
    for i in range(len(text) - k + 1):
        if sorted(text[i:i + k]) == target:
            count += 1
    return count
"""),
)
# wrong: compares the sets of characters, not their counts
answer(
    "anagram_window_count",
    fenced("""
def anagram_window_count(text: str, pattern: str) -> int:
    m = len(pattern)
    chars = set(pattern)
    return sum(1 for i in range(len(text) - m + 1) if set(text[i:i + m]) == chars)
"""),
)

# -- teller_queue (entry point assign_tellers) ---------------------------------------------------
answer(
    "teller_queue",
    "We can simulate with two heaps: one of idle tellers ordered by number, and one of busy "
    "tellers ordered by the time they become free.\n\n"
    + fenced("""
import heapq
from typing import List


def assign_tellers(arrivals: List[int], durations: List[int], tellers: int) -> List[int]:
    idle = list(range(tellers))
    heapq.heapify(idle)
    busy = []  # (free_time, teller)
    result = []
    now = 0
    for arrival, duration in zip(arrivals, durations):
        now = max(now, arrival)
        while busy and busy[0][0] <= now:
            heapq.heappush(idle, heapq.heappop(busy)[1])
        if not idle:
            now = busy[0][0]
            while busy and busy[0][0] <= now:
                heapq.heappush(idle, heapq.heappop(busy)[1])
        teller = heapq.heappop(idle)
        heapq.heappush(busy, (now + duration, teller))
        result.append(teller)
    return result
""")
    + "\n\nEach customer costs O(log k), so the whole simulation is O(n log k).",
)
answer(
    "teller_queue",
    "Straightforward simulation: track when each teller becomes free.\n\n"
    + fenced("""
def assign_tellers(arrivals, durations, tellers):
    free_at = [0] * tellers
    out = []
    for a, d in zip(arrivals, durations):
        start = max(a, min(free_at))
        for j in range(tellers):
            if free_at[j] <= start:
                free_at[j] = start + d
                out.append(j)
                break
    return out


# quick check
assert assign_tellers([0, 0, 1, 5], [3, 2, 4, 1], 2) == [0, 1, 1, 0]
assert assign_tellers([0, 0, 0], [5, 5, 1], 2) == [0, 1, 0]
"""),
)
# wrong: takes the teller that became free first, not the lowest-numbered idle one
answer(
    "teller_queue",
    "Use a min-heap keyed by the time each teller becomes free:\n\n"
    + fenced("""
import heapq

def assign_tellers(arrivals, durations, tellers):
    heap = [(0, j) for j in range(tellers)]
    result = []
    for a, d in zip(arrivals, durations):
        free, j = heapq.heappop(heap)
        start = max(a, free)
        heapq.heappush(heap, (start + d, j))
        result.append(j)
    return result
"""),
)

# -- xor_target_subarrays ------------------------------------------------------------------------
answer(
    "xor_target_subarrays",
    "Prefix XOR trick: if P[j] ^ P[i] == target then values[i:j] XORs to target. Count prefix "
    "values in a dictionary as we go.\n\n"
    + fenced("""
from collections import defaultdict


def xor_target_subarrays(values: list[int], target: int) -> int:
    counts = defaultdict(int)
    counts[0] = 1
    prefix = 0
    result = 0
    for v in values:
        prefix ^= v
        result += counts[prefix ^ target]
        counts[prefix] += 1
    return result
""")
    + "\n\nO(n) time and O(n) space.",
)
answer(
    "xor_target_subarrays",
    "First, a brute-force version for clarity:\n\n"
    + fenced("""
def xor_target_subarrays(values, target):
    count = 0
    for i in range(len(values)):
        x = 0
        for j in range(i, len(values)):
            x ^= values[j]
            if x == target:
                count += 1
    return count
""")
    + "\n\nThis is O(n²). It is easy to verify and fast enough for moderate inputs.",
)
# a refusal-like non-answer: no code at all
answer(
    "xor_target_subarrays",
    "I'm sorry, but I can't run code. To solve this problem, you can compute prefix XORs and use "
    "a hash map to count how many earlier prefixes equal the current prefix XOR target. That gives "
    "an O(n) algorithm.",
)


def main() -> None:
    counters: dict[str, int] = {}
    lines = []
    for task_id, raw, finish in ANSWERS:
        index = counters.get(task_id, 0)
        counters[task_id] = index + 1
        prompt_text = (Path("tasks") / task_id / "prompt.py").read_text(encoding="utf-8")
        # token counts recorded as a ~4 characters per token estimate (the instruct prompt adds ~70)
        usage = {"prompt_tokens": 70 + len(prompt_text) // 4, "completion_tokens": max(1, len(raw) // 4)}
        lines.append({"task_id": task_id, "index": index, "raw": raw, "finish_reason": finish, "usage": usage})
    out = Path("examples/replay-demo.jsonl")
    out.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    print(f"wrote {len(lines)} recorded answers for {len(counters)} tasks to {out}")


if __name__ == "__main__":
    main()
