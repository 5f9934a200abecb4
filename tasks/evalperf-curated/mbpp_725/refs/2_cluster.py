def extract_quotation(text):
    """Extract values between quotation marks "" of the given string."""
    result = []
    start = 0
    
    while start < len(text):
        quote_open = text.find('"', start)
        if quote_open == -1:
            break
        quote_close = text.find('"', quote_open + 1)
        if quote_close == -1:
            break
        value = text[quote_open + 1:quote_close]
        result.append(value)
        start = quote_close + 1
    return result
