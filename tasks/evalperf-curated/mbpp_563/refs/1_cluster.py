def extract_values(s):
    """
    Extract values between quotation marks from a string.
    
    Args:
        s (str): Input string with values enclosed in quotation marks.
    
    Returns:
        list: List of extracted values.
    """
    values = []
    start = 0
    while True:
        start = s.find('"', start)
        if start == -1:
            break
        end = s.find('"', start + 1)
        if end == -1:
            break
        values.append(s[start + 1:end])
        start = end + 1
    return values
