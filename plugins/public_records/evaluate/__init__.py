"""Quality figures: officials on the labelled sets (`officials`, and `real` on real
pages), cleaning on the synthetic corpus (`cleaning`). Run with `make eval` and
`make eval-real`.

May import: any stage; nothing imports it.
"""
