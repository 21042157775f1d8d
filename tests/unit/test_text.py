from __future__ import annotations

from indie_desktop.domain.text import fold, search_fold, search_key


def test_names_fold_to_plain_lowercase_letters() -> None:
    assert fold("Şükrü Yıldız") == "sukru yildiz"
    assert fold("Łukasz Wiśniewski") == "lukasz wisniewski"
    assert fold("Zoë Ñúñez") == "zoe nunez"
    assert fold("Straße") == "strasse"


def test_umlaut_spellings_find_each_other() -> None:
    assert search_fold("Müller") == search_fold("Mueller") == search_fold("Muller")
    assert search_fold("Straße") == search_fold("Strasse")
    assert search_fold("Gößling") == search_fold("Goessling")


def test_search_key_joins_all_fields_and_skips_empty_ones() -> None:
    assert search_key("Müller GmbH", None, "", "Dortmund") == "muller gmbh dortmund"


def test_digraph_unfolding_agrees_with_the_left_to_right_rule() -> None:
    import random
    import re

    from indie_desktop.domain.text import unfold_digraphs

    rule = re.compile(r"ae|oe|ue|ss")
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice("aeousx ") for _ in range(rng.randint(0, 14)))
        assert unfold_digraphs(text) == rule.sub(lambda m: m.group(0)[0], text), text
