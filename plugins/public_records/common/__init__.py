"""Shared leaves used by several stages: the progress line, pausing the cyclic GC
during bulk loads, reading files that must be regular files, hashes of the package's
own code for cache keys, and the check that a URL may become a link.

May import: the standard library and third-party packages only; nothing of the package.
"""
