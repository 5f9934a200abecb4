def anti_shuffle(s):
    words = s.split(' ')
    res = []
    for word in words:
        sorted_chars = sorted(word, key=ord)
        res.append(''.join(sorted_chars))
    return ' '.join(res)
