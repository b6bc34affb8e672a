"""Issue 18, round 17: titles without furniture glued to their ends (invented sentences)."""

from public_records.extract.title import derive_title


def test_traditional_photo_credit_line_is_a_caption():
    text = (
        "縣長王五慰問某鎮困難群眾 李四 攝\n"
        "1月5日，副縣長趙六在某鎮走訪慰問困難群眾，送去米麵和慰問金。\n"
        "趙六與群眾親切交談。"
    )
    assert "攝" not in derive_title(text)
