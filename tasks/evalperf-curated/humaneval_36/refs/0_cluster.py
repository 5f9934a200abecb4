def fizz_buzz(n: int) -> int:
    # Check if number is divisible by 11 or 13
    def is_fizz_buzz(num: int) -> bool:
        return num % 11 == 0 or num % 13 == 0

    count = 0
    for num in range(1, n):
        if is_fizz_buzz(num):
            # Count the digit 7 in the number
            count += str(num).count('7')
    return count
