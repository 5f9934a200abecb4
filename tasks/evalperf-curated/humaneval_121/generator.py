
import random
import string


def rand_parens(size, valid=True, par="()", sep=""):
    """Random parentheses of about ``size`` characters; groups joined by sep (None: a list)."""
    opening, closing = par[0], par[1]
    if not valid:
        half = max((size + 1) // 2 - 1, 0)
        return rand_parens(half, True, par) + closing + opening + rand_parens(half, True, par)
    size += size % 2
    groups = []
    depth = 0
    for position in range(size):
        left = size - position
        if depth == 0 or (depth < left and random.random() < 0.5):
            if depth == 0:
                groups.append([])
            groups[-1].append(opening)
            depth += 1
        else:
            groups[-1].append(closing)
            depth -= 1
    texts = ["".join(group) for group in groups]
    return texts if sep is None else sep.join(texts)


def miller_rabin(n, k=5):
    """Probable-prime test with k random bases."""
    if n in (2, 3):
        return True
    if n < 2 or n % 2 == 0:
        return False
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(k):
        x = pow(random.randint(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def rand_probably_prime(lb, ub=None):
    """A random probable prime in [lb, ub] (ub None: in [lb // 2, lb], by Bertrand's postulate)."""
    if ub is None:
        lb = max(lb, 3)
        lb, ub = lb // 2, lb
    else:
        lb = max(lb, 0)
        ub = max(ub, 2 * lb, 3)
    while True:
        candidate = random.randint(lb, ub)
        if miller_rabin(candidate):
            return candidate


def rand_primality(size, lid, cid):
    """An integer for primality-style problems: edge cases at level 0, then primes and near-primes."""
    size = max(size, 4)
    if lid == 0 and cid < 4:
        return (30031, 561, 2, 125)[cid]
    if cid % 3 == 0:
        return rand_probably_prime(size)
    root = int(size ** 0.5) + 1
    if cid % 3 == 1:
        return rand_probably_prime(root) ** 2
    return rand_probably_prime(root) * rand_probably_prime(root)

def solution(lst):
    """Given a non-empty list of integers, return the sum of all of the odd elements that are in even positions.
    

    Examples
    solution([5, 8, 7, 1]) ==> 12
    solution([3, 3, 3, 3, 3]) ==> 9
    solution([30, 13, 24, 321]) ==>0
    """
def generate_input(size: int, lid: int, cid: int):
    maxv = size * size
    lst = [random.randint(-maxv, maxv) for _ in range(size)]
    return lst,


__evalperf_problem = 121
__evalperf_offsets = (0, 8, 12, 16)


def generate(seed, scale):
    lid, cid = divmod(seed, 100)
    random.seed(998244353 ^ __evalperf_problem ^ (__evalperf_offsets[lid] + cid))
    return list(generate_input(scale, lid, cid))


def case(i):
    return generate(i, 100)
