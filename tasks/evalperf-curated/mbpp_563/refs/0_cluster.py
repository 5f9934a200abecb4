def extract_values(string):
    values = []
    start = end = 0
    in_quote = False
    for i, char in enumerate(string):
        if char == '"' and not in_quote:
            in_quote = True
            start = i + 1
        elif char == '"' and in_quote:
            in_quote = False
            end = i
            values.append(string[start:end])
    return values
