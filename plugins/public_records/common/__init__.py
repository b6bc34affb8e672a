"""Shared leaves used by several stages: the progress line, pausing the cyclic GC
during bulk loads, reading files that must be regular files, hashes of the package's
own code for cache keys, the check that a URL may become a link, and the Republic of
China's year offset.

May import: the standard library and third-party packages only; nothing of the package.
"""
