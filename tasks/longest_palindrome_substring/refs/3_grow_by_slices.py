def longest_palindrome_substring(text: str) -> str:
    n = len(text)
    if n == 0:
        return ""
    start, length = 0, 1
    for end in range(1, n):
        # a palindrome ending here can beat the best so far by at most 2
        a = end - length - 1
        if a >= 0:
            piece = text[a:end + 1]
            if piece == piece[::-1]:
                start, length = a, length + 2
                continue
        a = end - length
        piece = text[a:end + 1]
        if piece == piece[::-1]:
            start, length = a, length + 1
    return text[start:start + length]
