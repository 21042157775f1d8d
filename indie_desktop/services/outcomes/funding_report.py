"""What goes into the funding report (Förderbericht): the dashboard's figures for a period and
filters, the sender's letterhead data and the evidence annex (each cooperation the user may see
with partners, start, value and originating referral). Institution-private cooperations of
other institutions are in the figures but not in the annex; the report says how many.

The documents themselves are written by printing/report_funding.py (PDF, XLSX).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from indie_desktop.domain.models import (
    Cooperation,
    CooperationPartner,
    Institution,
    Organisation,
    Referral,
    Staff,
)
from indie_desktop.domain.outcomes import (
    NETWORK_NAME,
    Evidence,
    Filters,
    FundingReport,
    Period,
    Sender,
)
from indie_desktop.services.context import Actor
from indie_desktop.services.outcomes.dashboard import DashboardService
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database


class FundingReportService:
    def __init__(self, db: Database, actor: Actor, dashboard: DashboardService) -> None:
        self.db = db
        self.actor = actor
        self.dashboard = dashboard

    def build(self, period: Period, filters: Filters | None = None) -> FundingReport:
        filters = filters or Filters()
        figures = self.dashboard.figures(period, filters)
        evidence = self._evidence(period, filters)
        sender = self._sender()
        return FundingReport(
            figures=figures,
            sender=sender,
            evidence=evidence,
            hidden=figures.cooperations - len(evidence),
            visible_to=sender.short_name if self.db.is_shared and self.actor.institution_id else "",
            filter_lines=self._filter_lines(filters),
            author=self.actor.display_name if self.actor.staff_id else "",
        )

    def _sender(self) -> Sender:
        if self.actor.institution_id is None:
            return Sender(NETWORK_NAME, NETWORK_NAME)
        with self.db.session() as s:
            inst = s.get(Institution, self.actor.institution_id)
            if inst is None:
                return Sender(NETWORK_NAME, NETWORK_NAME)
            town = " ".join(x for x in (inst.postcode, inst.city) if x)
            return Sender(
                name=inst.name,
                short_name=inst.short_name,
                address_lines=tuple(x for x in (inst.street, town) if x),
                phone=inst.phone or "",
                email=inst.email or "",
                website=inst.website or "",
                footer=inst.footer or "",
                logo_path=inst.logo_path,
            )

    def _filter_lines(self, filters: Filters) -> list[str]:
        lines: list[str] = []
        with self.db.session() as s:
            if filters.institution_id is not None:
                name = s.scalar(
                    select(Institution.name).where(Institution.id == filters.institution_id)
                )
                lines.append(f"Institution: {name or '?'}")
            if filters.staff_id is not None:
                staff = s.get(Staff, filters.staff_id)
                lines.append(f"Mitarbeiter/in: {staff.full_name if staff else '?'}")
        if filters.municipality is not None:
            lines.append(f"Kommune: {filters.municipality or 'ohne Angabe'}")
        if filters.wz_section:
            from indie_desktop.domain.wz import wz_title

            lines.append(f"WZ-Abschnitt: {filters.wz_section} {wz_title(filters.wz_section) or ''}")
        return lines

    def _evidence(self, period: Period, filters: Filters) -> list[Evidence]:
        """The visible cooperations of the figure, with partners and originating referral."""
        from indie_desktop.domain.outcomes import Drill, Metric

        stmt, _model = self.dashboard.record_query(period, filters, Drill(Metric.COOPERATIONS))
        partner_org = aliased(Organisation, name="ref_partner")
        owner = aliased(Institution, name="owner")
        q = (
            stmt.outerjoin(partner_org, partner_org.id == Referral.partner_organisation_id)
            .outerjoin(owner, owner.id == Cooperation.owner_institution_id)
            .add_columns(
                Cooperation.id,
                Cooperation.title,
                Cooperation.kind,
                Cooperation.starts_on,
                Cooperation.value_eur,
                Cooperation.funding_programme,
                Referral.referred_on,
                Organisation.name,
                partner_org.name,
                owner.short_name,
            )
            .where(visible_to(Cooperation, self.actor))
            .order_by(Cooperation.starts_on, Cooperation.title)
        )
        with self.db.session() as s:
            rows = list(s.execute(q))
            names = self._partners(s, [r[0] for r in rows])
        return [
            Evidence(
                id=cid,
                title=title,
                kind=kind,
                starts_on=starts,
                value=value,
                funding_programme=programme or "",
                partners=names.get(cid, ()),
                referred_on=referred,
                referral=f"{org} → {partner or ''}" if org else "",
                institution=inst or "",
            )
            for cid, title, kind, starts, value, programme, referred, org, partner, inst in rows
        ]

    @staticmethod
    def _partners(s: object, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
        """Partner organisations per cooperation, in chunks (SQLite's parameter limit)."""
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        out: dict[uuid.UUID, list[str]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = (
                select(CooperationPartner.cooperation_id, func.coalesce(Organisation.name, ""))
                .join(Organisation, Organisation.id == CooperationPartner.organisation_id)
                .where(
                    CooperationPartner.cooperation_id.in_(chunk),
                    CooperationPartner.deleted_at.is_(None),
                )
                .order_by(CooperationPartner.cooperation_id, CooperationPartner.id)
            )
            for cid, name in s.execute(q):
                out.setdefault(cid, []).append(name)
        return {k: tuple(v) for k, v in out.items()}
