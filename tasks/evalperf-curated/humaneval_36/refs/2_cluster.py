def fizz_buzz(n: int) -> int:
    # Initialize counter
    count = 0

    # Iterate from 1 to n
    for num in range(1, n):
        # Check if number is divisible by 11 or 13
        if num % 11 == 0 or num % 13 == 0:
            # Convert number to string to easily count digit 7
            num_str = str(num)

            # Iterate through each digit in the number
            for digit in num_str:
                # Check if digit is 7
                if digit == '7':
                    # Increment counter if digit is 7
                    count += 1

    # Return the final count
    return count
