"""Officials (review43 finding 11): the sentence after a led frame (在X的带领下，…) is read
once for what the led do: a visit (X leads it), presence (X takes them along to attend:
there), or an oath the led take (X by his own acts alone). Invented sentences."""

from __future__ import annotations

from public_records.extract import officials
from public_records.extract.identify import extract_officials
from public_records.extract.officials import SWORN, _led_frame_roles, vocab


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


def test_the_sentence_after_the_frame_is_read_once(monkeypatch):
    s = "在县长王建国的带领下，县府团队出席升旗典礼。"
    calls = []
    real = officials._roles_in

    def counting(text, v):
        calls.append(text)
        return real(text, v)

    monkeypatch.setattr(officials, "_roles_in", counting)
    assert _led_frame_roles(s, 6, len(s), vocab()) == {"attendee"}
    assert len(calls) == 1


def test_an_oath_is_marked():
    s = "在镇长王建国的带领下，新当选同志进行了宪法宣誓。"
    assert SWORN in _led_frame_roles(s, 6, len(s), vocab())


def test_guard_the_three_readings_end_to_end():
    assert roles("在镇长王建国的带领下，全体干部深入村组调研。")["王建国"] == {"leader"}
    assert roles("在县长王建国的带领下，县府团队出席升旗典礼。")["王建国"] == {"attendee"}
    assert "attendee" not in roles("在镇长王建国的带领下，新当选同志进行了宪法宣誓。")["王建国"]
