"""The line lengths the furniture step's rules share (furniture.py, furniture_opening.py)
and the title step reads (a headline's bounds), kept in one place so the two modules
that read them need not import each other."""

SHORT = 40  # a banner or a tail line is at most this long (characters)
# A headline's length in Han characters (the title step reads the same bounds): a
# shorter line (`安庆`, `政务`) is no headline.
HEADLINE_MIN_HAN = 6
HEADLINE_MAX_HAN = 60
