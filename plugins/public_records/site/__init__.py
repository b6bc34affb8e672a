"""The site: everything Pelican runs. `plugin` is the glue (`register()` and the
generator's order of work); the record catalog reads the content files; aggregation,
charts, the page writers of each family, feeds, sitemap and the shared outputs (search
index and bulk data) are written from it. Nothing outside this room imports Pelican.

May import: the package root, common/, ingest/ (the content-file format) and search/.
"""
