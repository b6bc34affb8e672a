"""Officials on real pages (issue 11, twenty-third round: shapes of Hong Kong, Macao and
Taiwan pages the round's survey showed), each with sentences and names written here."""

from public_records.clean.script import to_simplified
from public_records.extract.officials import find_officials

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def _found_in(text: str) -> list[str]:
    return [m.name for m in find_officials(text)]


def test_the_variant_wei_in_a_name_is_simplified():
    # 衞 (the variant of 衛): OpenCC keeps it, so the surname was not read as one
    text = "立法會秘書長衞立文出席午宴。"
    out = to_simplified(text, _found_in).text
    assert "卫立文" in out
    assert _names(out) == ["卫立文"]
    assert _names(to_simplified("局長何國衞致辭。", _found_in).text) == ["何国卫"]
