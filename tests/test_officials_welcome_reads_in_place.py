"""Officials (review43 finding 8): whether a welcome (欢迎, 迎接) closes its predicate is
read in place, never by copying the rest of the predicate, so k welcomes in a predicate
of n characters cost O(k + n), not O(k·n) (issue 12: a 2 MB report with a long
unpunctuated run). Checked by the slices taken of the text, not by timing."""

from __future__ import annotations

from public_records.extract.officials import _welcomes_party, vocab


class _SliceCounting(str):
    """A text that records the length of every slice taken of it."""

    taken: list[int]

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            self.taken.append(max(0, stop - start))
        return str.__getitem__(self, key)


def _text(raw: str) -> _SliceCounting:
    text = _SliceCounting(raw)
    text.taken = []
    return text


def test_a_welcome_early_in_a_long_predicate_copies_nothing_of_its_rest():
    text = _text("热情欢迎" + "要抓好落实" * 20_000)
    assert _welcomes_party(text, 4, "欢迎", vocab()) is False
    assert max(text.taken, default=0) < 100


def test_guard_a_welcome_closing_its_predicate_still_receives():
    v = vocab()
    assert _welcomes_party(_text("热情欢迎"), 4, "欢迎", v)
    assert _welcomes_party(_text("热情欢迎了"), 4, "欢迎", v)
    assert not _welcomes_party(_text("热情欢迎大家多多利用"), 4, "欢迎", v)
