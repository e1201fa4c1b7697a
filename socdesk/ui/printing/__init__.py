"""Documents on screen and on paper."""
