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

    def compute_balances(s):
        total_balance = 0
        min_balance = 0
        current_balance = 0
        for ch in s:
            if ch == '(':
                current_balance += 1
            elif ch == ')':
                current_balance -= 1
            else:
                # Invalid character, should not happen as per problem statement
                pass
            min_balance = min(min_balance, current_balance)
        total_balance = current_balance
        return total_balance, min_balance

    s1, s2 = lst
    # Compute total_balance and min_balance for each string
    tb1, mb1 = compute_balances(s1)
    tb2, mb2 = compute_balances(s2)
    
    # Check concatenation s1 + s2
    total_balance_1 = tb1 + tb2
    min_balance_1 = min(mb1, mb2 + tb1)
    if min_balance_1 >= 0 and total_balance_1 == 0:
        return 'Yes'
    
    # Check concatenation s2 + s1
    total_balance_2 = tb2 + tb1
    min_balance_2 = min(mb2, mb1 + tb2)
    if min_balance_2 >= 0 and total_balance_2 == 0:
        return 'Yes'
    
    return 'No'
