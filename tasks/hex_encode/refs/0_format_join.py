def hex_encode(data: list[int]) -> str:
    # format() with a '02x' spec per byte, inside a generator fed to join.
    return "".join(format(b, "02x") for b in data)
