def hex_encode(data: list[int]) -> str:
    # Build a bytes object and let bytes.hex do the whole encoding in C.
    return bytes(data).hex()
