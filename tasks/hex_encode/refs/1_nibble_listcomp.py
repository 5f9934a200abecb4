def hex_encode(data: list[int]) -> str:
    # Index a 16-character digit string with the two nibbles and glue them together.
    digits = "0123456789abcdef"
    return "".join([digits[b >> 4] + digits[b & 15] for b in data])
