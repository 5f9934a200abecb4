def extract_quotation(s):
    quotation = False
    quotation_values = []
    start = end = 0
    while end < len(s):
        if s[end] == '"' and not quotation:
            quotation = True
            start = end + 1
        elif s[end] == '"' and quotation:
            quotation_values.append(s[start:end])
            quotation = False
        end += 1
    return quotation_values
