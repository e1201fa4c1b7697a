"""The PySide6 desktop interface. No SQL here: views call store functions."""
