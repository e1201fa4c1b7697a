"""A case on its legal path: the case window, its tabs and acts, the day's round, the deadlines."""
