def longest_palindrome_substring(text: str) -> str:
    best = ""
    n = len(text)
    for i in range(n):
        for j in range(i + 1, n + 1):
            piece = text[i:j]
            if piece == piece[::-1] and len(piece) > len(best):
                best = piece
    return best
