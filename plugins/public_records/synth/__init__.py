"""The synthetic corpus with ground truth (docs/synth.md): stories written from word
lists, then noised with NOISE.md's families, for the benchmark and the cleaning figures.

May import: the package root, common/ and ingest/. Nothing imports it but the command
line, evaluate/ and the tests.
"""
