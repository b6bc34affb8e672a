"""public_records: turn raw Chinese local-government reports into a two-script archive.

Everything here is plain Python except `plugin.py`, the Pelican glue, which this
`register()` imports only when Pelican loads the plugin.
"""


def register() -> None:
    from .site.plugin import register as register_with_pelican

    register_with_pelican()
