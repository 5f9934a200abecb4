import re
def extract_quotation(s):
    pattern = r'".*?"'
    matches = re.findall(pattern, s)
    return [match.strip('"') for match in matches]
