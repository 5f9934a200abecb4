def extract_quotation(s):
    result = []
    start = s.find('"')
    while start != -1:
        end = s.find('"', start + 1)
        if end != -1:
            result.append(s[start + 1:end])
            start = s.find('"', end + 1)
        else:
            break
    return result
