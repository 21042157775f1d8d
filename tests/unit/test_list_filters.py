"""The list views' filter boxes go through the search index: folded words, word starts,
several words narrowing down, compound firm names, paging unchanged."""

from __future__ import annotations

from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.workspace import Workspace


def _orgs(ws: Workspace, typed: str) -> list[str]:
    query = ListQuery(text=typed)
    rows = ws.organisations.page(query, 0, 50)
    assert ws.organisations.count(query) == len(rows)
    return [r.name for r in rows]


def _people(ws: Workspace, typed: str) -> list[str]:
    return [r.name for r in ws.people.page(ListQuery(text=typed), 0, 50)]


def test_organisation_filter_folds_umlauts_narrows_and_finds_compound_parts(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    for name, city in (
        ("Müller Präzisionstechnik GmbH", "Dortmund"),
        ("Mueller Metallbau KG", "Hagen"),
        ("Kemper Metallbau-Technik GmbH", "Hagen"),
        ("Straßenbau Weiß AG", "Bochum"),
    ):
        ws.organisations.create(OrganisationDraft(name=name, city=city))
    assert _orgs(ws, "Müller") == ["Mueller Metallbau KG", "Müller Präzisionstechnik GmbH"]
    assert _orgs(ws, "mueller") == _orgs(ws, "Muller") == _orgs(ws, "Müller")
    assert _orgs(ws, "metall hagen") == ["Kemper Metallbau-Technik GmbH", "Mueller Metallbau KG"]
    assert _orgs(ws, "dort") == ["Müller Präzisionstechnik GmbH"]
    assert _orgs(ws, "bau") == [
        "Kemper Metallbau-Technik GmbH",
        "Mueller Metallbau KG",
        "Straßenbau Weiß AG",
    ]
    assert _orgs(ws, "strasse") == ["Straßenbau Weiß AG"]
    assert _orgs(ws, "technik hagen") == ["Kemper Metallbau-Technik GmbH"]
    assert _orgs(ws, "w") == ["Straßenbau Weiß AG"]  # one letter: still inside words
    assert _orgs(ws, '"bau" OR *') == []  # search syntax typed is just text


def test_people_filter_finds_names_whatever_the_accents_with_paging_unchanged(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    for first, last in (
        ("Şükrü", "Yıldız"),
        ("Łukasz", "Wiśniewski"),
        ("Zoë", "Ñúñez"),
        ("Jürgen", "Müller"),
        ("Anna", "Mueller"),
        ("Ben", "Muller"),
    ):
        ws.people.create(PersonDraft(first_name=first, last_name=last))
    assert _people(ws, "sukru yildiz") == ["Yıldız, Şükrü"]
    assert _people(ws, "Wiśn") == ["Wiśniewski, Łukasz"]
    assert _people(ws, "zoe nunez") == ["Ñúñez, Zoë"]
    assert _people(ws, "müller") == ["Mueller, Anna", "Muller, Ben", "Müller, Jürgen"]
    query = ListQuery(text="muller")
    first = ws.people.page(query, 0, 2)
    rest = ws.people.page(query, 2, 2, after=first[-1].id)
    assert [r.name for r in (*first, *rest)] == _people(ws, "müller")


def test_needs_filter_matches_the_need_or_its_firm(local_workspace: Workspace) -> None:
    ws = local_workspace
    hagen = ws.organisations.create(OrganisationDraft(name="Kemper Metallbau GmbH"))
    bochum = ws.organisations.create(OrganisationDraft(name="Ruhr Sensorik AG"))
    ws.needs.create(NeedDraft(organisation_id=hagen, topic="Laserschweißen von Dünnblech"))
    ws.needs.create(NeedDraft(organisation_id=bochum, topic="Förderung ZIM-Antrag"))

    def topics(typed: str) -> list[str]:
        return sorted(r.topic for r in ws.needs.page(ListQuery(text=typed), 0, 10))

    assert topics("laserschweissen") == ["Laserschweißen von Dünnblech"]
    assert topics("kemper") == ["Laserschweißen von Dünnblech"]
    assert topics("zim sensorik") == ["Förderung ZIM-Antrag"]
    assert topics("forderung kemper") == []


def test_referral_filter_matches_the_firm_referred_or_the_partner(
    local_workspace: Workspace,
) -> None:
    from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft

    ws = local_workspace
    firm = ws.organisations.create(OrganisationDraft(name="Kemper Metallbau GmbH"))
    partner = ws.organisations.create(OrganisationDraft(name="Müller Präzisionstechnik GmbH"))
    other = ws.organisations.create(OrganisationDraft(name="Ruhr Sensorik AG"))
    need = ws.needs.create(NeedDraft(organisation_id=firm, topic="Fräsen"))
    ws.referrals.create(ReferralDraft(need, [PartnerChoice(partner)]))
    need2 = ws.needs.create(NeedDraft(organisation_id=other, topic="Sensoren"))
    ws.referrals.create(ReferralDraft(need2, [PartnerChoice(firm)]))

    def partners(typed: str) -> list[str]:
        query = ListQuery(text=typed)
        rows = ws.referral_list.page(query, 0, 10)
        assert ws.referral_list.count(query) == len(rows)
        return sorted(r.partner for r in rows)

    assert partners("mueller") == ["Müller Präzisionstechnik GmbH"]
    assert partners("kemper") == ["Kemper Metallbau GmbH", "Müller Präzisionstechnik GmbH"]
    assert partners("bau") == ["Kemper Metallbau GmbH", "Müller Präzisionstechnik GmbH"]
    assert partners("sensorik kemper") == ["Kemper Metallbau GmbH"]  # one word each side
    assert partners("sensorik muller") == []
    assert partners("ruhr") == ["Kemper Metallbau GmbH"]
