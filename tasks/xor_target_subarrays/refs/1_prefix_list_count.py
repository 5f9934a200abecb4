def xor_target_subarrays(values: list[int], target: int) -> int:
    # With prefix XORs P (P[0] = 0), values[i:j] XORs to P[i] ^ P[j]. For each j, count the
    # earlier prefixes equal to P[j] ^ target with the C-level list.count: O(n^2), tiny constant.
    prefixes = [0]
    acc = 0
    count = 0
    for v in values:
        acc ^= v
        count += prefixes.count(acc ^ target)
        prefixes.append(acc)
    return count
