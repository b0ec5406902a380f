"""turnover: leadership changes extracted from the news, with their sources."""

__version__ = "0.1.0"
