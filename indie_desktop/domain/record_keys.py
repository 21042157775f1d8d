"""Sort and search keys of the records with a name: one rule per kind, used by the services
on save, by the import, by a visit's new person and by sync's conflict decisions.

Organisations also keep their duplicate-matching keys (`match_key`, see domain/matching.py):
computed from the stored column values by `organisation_match_key`, after the sort key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from indie_desktop.domain import matching
from indie_desktop.domain.text import fold, search_key


def organisation_keys(
    name: str, city: str | None, postcode: str | None, competences: str | None, wz: str | None
) -> dict[str, str]:
    return {
        "sort_name": fold(name),
        "search_key": search_key(name, city, postcode, competences, wz),
    }


def organisation_match_key(values: Mapping[str, Any]) -> str:
    """The stored matching keys of an organisation from its column values (name, address,
    register, VAT ID, e-mail, website, phone and the sort key already computed)."""
    inputs = [
        value if value is None or type(value) is str else str(value)
        for value in map(values.get, matching.STORED_INPUTS)
    ]
    keys = matching.keys_of_stored_inputs(None, inputs)
    return matching.encode_organisation_keys(keys, matching.organisation_inputs_digest(*inputs))


def person_keys(
    first_name: str | None,
    last_name: str,
    email: str | None = None,
    function: str | None = None,
    department: str | None = None,
) -> dict[str, str]:
    return {
        "sort_name": fold(f"{last_name} {first_name or ''}"),
        "search_key": search_key(first_name, last_name, email, function, department),
    }


def project_keys(name: str, description: str | None) -> dict[str, str]:
    return {"sort_name": fold(name), "search_key": search_key(name, (description or "")[:500])}


def keys_of_row(table: str, row: Mapping[str, Any]) -> dict[str, str]:
    """The keys of a stored row (column name -> value); {} for tables without them."""

    def text(col: str) -> str:
        return str(row.get(col) or "")

    if table == "organisation":
        keys = organisation_keys(
            text("name"), text("city"), text("postcode"), text("competences"), text("wz_code")
        )
        return {**keys, "match_key": organisation_match_key({**row, **keys})}
    if table == "person":
        return person_keys(
            text("first_name"),
            text("last_name"),
            text("email"),
            text("function"),
            text("department"),
        )
    if table == "project":
        return project_keys(text("name"), text("description"))
    return {}
