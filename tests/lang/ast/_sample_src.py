# a support file for cli_main.py (not a test)
import os

def greet(name: str = "world") -> str:
    """Say hello."""
    return f"hello {name!r:>10}"

if __name__ == "__main__":
    print(greet(os.sep))
