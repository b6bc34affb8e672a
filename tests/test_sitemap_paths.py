"""The sitemap's list of written files is made relative to the output by the paths'
spelling, without a file system call per page (a run writes or keeps tens of
thousands: resolving each cost 0.5 CPU s a run at 10,000 records), and still gives
what resolving gives, for a path named through a link too."""

from __future__ import annotations

from pathlib import Path

from public_records.site import publish


def test_site_paths_match_resolved_paths_without_resolving_each(tmp_path, monkeypatch):
    output = tmp_path / "out"
    (output / "records" / "a").mkdir(parents=True)
    link = tmp_path / "link"
    link.symlink_to(output)
    written = [
        str(output / "index.html"),
        str(output / "records" / "a" / "index.html"),
        f"{output}/./records//a/../a/feed.atom.xml",
        str(link / "records" / "a" / "index.html"),  # through a link: resolved
    ]
    expected = [Path(p).resolve().relative_to(output.resolve()).as_posix() for p in written]
    resolved = []
    original = Path.resolve

    def counted(self, *args, **kwargs):
        resolved.append(str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "resolve", counted)
    assert publish.site_paths(written, output) == expected
    assert resolved == [str(output), written[3]]  # the output once, the linked path
