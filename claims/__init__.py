"""claims: turn articles into a database of atomic, typed, attributed claims."""

__version__ = "0.1.0"
