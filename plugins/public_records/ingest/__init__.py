"""The import: raw reports in, content files out.

`sources` finds the inputs and reads their bytes, encodings and metadata (refusing,
with a named error, what cannot be a report); `process` takes one record through
cleaning, extraction and script conversion; `importer` runs that over the whole
archive in parallel with its content-hash cache and manifest (on local processes, or
on a Dask cluster through `cluster`); `remote` mirrors seeds given as an fsspec URL;
`markdown` and `serialize` write the content files and records.jsonl.

May import: the package root (model, registry, script, data), common/, clean/ and
extract/. Never site/, search/, synth/ or evaluate/ (they run after it, or on it).
"""
