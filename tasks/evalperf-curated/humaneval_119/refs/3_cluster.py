def match_parens(lst):
    '''
    You are given a list of two strings, both strings consist of open
    parentheses '(' or close parentheses ')' only.
    Your job is to check if it is possible to concatenate the two strings in
    some order, that the resulting string will be good.
    A string S is considered to be good if and only if all parentheses in S
    are balanced. For example: the string '(())()' is good, while the string
    '())' is not.
    Return 'Yes' if there's a way to make a good string, and return 'No' otherwise.

    Examples:
    match_parens(['()(', ')']) == 'Yes'
    match_parens([')', ')']) == 'No'
    '''
    # check if the first element's "open" counts plus the second element's
    # "close" counts make an equal amount of "total" counts
    def is_balanced(p):
        open_count = close_count = 0
        for char in p:
            if char == '(':
                open_count += 1
            elif char == ')':
                close_count += 1
            if close_count > open_count:
                return False
        return open_count == close_count
    
    s1, s2 = lst
    # compare each of the combinations to check if a balanced string is made
    # by making a string in both ways
    for s1_str, s2_str in [(s1, s2), (s2, s1)]:
        if is_balanced(s1_str + s2_str):
            return 'Yes'
    return 'No'
