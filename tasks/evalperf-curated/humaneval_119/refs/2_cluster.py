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

    def compute_tot_min_bal(s):
        tot_bal = 0    # Total balance of the string
        min_bal = 0    # Minimum cumulative balance
        cur_bal = 0    # Current cumulative balance

        for c in s:
            if c == '(':
                cur_bal += 1
            elif c == ')':
                cur_bal -= 1
            else:
                # Should not happen as per problem statement
                pass
            if cur_bal < min_bal:
                min_bal = cur_bal
        tot_bal = cur_bal
        return tot_bal, min_bal

    s1, s2 = lst[0], lst[1]

    # Compute total balance and minimal cumulative balance for s1 and s2
    tot_bal1, min_bal1 = compute_tot_min_bal(s1)
    tot_bal2, min_bal2 = compute_tot_min_bal(s2)

    # Check for s1 + s2
    total_balance = tot_bal1 + tot_bal2
    min_cum_balance_s1_s2 = min(min_bal1, tot_bal1 + min_bal2)

    valid_s1_s2 = (total_balance == 0) and (min_cum_balance_s1_s2 >= 0)

    # Check for s2 + s1
    total_balance = tot_bal2 + tot_bal1
    min_cum_balance_s2_s1 = min(min_bal2, tot_bal2 + min_bal1)

    valid_s2_s1 = (total_balance == 0) and (min_cum_balance_s2_s1 >= 0)

    if valid_s1_s2 or valid_s2_s1:
        return 'Yes'
    else:
        return 'No'
