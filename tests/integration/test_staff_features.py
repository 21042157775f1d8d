"""Features as staff really use them on the office server (row-level security applies).

The server is set up by `admin init-shared` and `admin add-staff`; everything here runs as a
staff login, or as the administrator where only the administrator may (the demo).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from indie_desktop.domain.enums import Visibility
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.importing.plan import ImportSettings
from indie_desktop.services.listing import ListQuery
from tests.integration.shared_fixtures import SharedServer, StaffLogin, shared
from tests.unit import import_files as f

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


def _cli(*argv: str, who: StaffLogin | None = None) -> subprocess.CompletedProcess[str]:
    """indie-desktop in its own process; a staff member's password as libpq's PGPASSWORD."""
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    if who is not None:
        env["PGPASSWORD"] = who.password
    return subprocess.run(
        [sys.executable, "-m", "indie_desktop", *argv],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def _admin(shared: SharedServer) -> psycopg.Connection[Any]:
    url = make_url(shared.admin_url).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def test_staff_import_a_file_from_the_command_line_and_undo_it(
    shared: SharedServer, tmp_path: Path
) -> None:
    source = tmp_path / "kontakte.csv"
    source.write_bytes(f.CP1252_CSV)
    done = _cli("import", str(source), "--database", shared.hagen.url, who=shared.hagen)
    assert done.returncode == 0, done.stderr
    with _admin(shared) as conn:
        rows = conn.execute(
            "SELECT o.name, i.short_name FROM organisation o "
            "JOIN institution i ON i.id = o.owner_institution_id ORDER BY o.name"
        ).fetchall()
        authors = conn.execute(
            "SELECT DISTINCT s.db_role FROM audit_entry a JOIN staff s ON s.id = a.staff_id"
        ).fetchall()
    assert rows == [
        ("Müller Präzisionstechnik GmbH", "SIHK Hagen"),
        ("Weiß & Söhne KG", "SIHK Hagen"),
    ]
    assert authors == [(shared.hagen.login,)]
    listed = _cli("import", "--list-batches", "--database", shared.hagen.url, who=shared.hagen)
    assert listed.returncode == 0, listed.stderr
    batch = listed.stdout.split()[0]
    undone = _cli("import", "--undo", batch, "--database", shared.hagen.url, who=shared.hagen)
    assert undone.returncode == 0, undone.stderr
    with _admin(shared) as conn:
        live = conn.execute("SELECT count(*) FROM organisation WHERE deleted_at IS NULL")
        assert live.fetchone() == (0,)


def test_staff_import_csv_xlsx_and_vcard_into_the_server_and_undo(
    shared: SharedServer, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Firma", "PLZ", "Ort", "Vorname", "Nachname"])
    sheet.append(["Yıldız Metallbau GmbH", "58095", "Hagen", "Şükrü", "Yıldız"])
    xlsx = tmp_path / "liste.xlsx"
    book.save(xlsx)
    csv = tmp_path / "outlook.csv"
    csv.write_bytes(f.OUTLOOK_DE_CSV)
    vcf = tmp_path / "kontakte.vcf"
    vcf.write_bytes(f.VCARD_30_AND_40)
    ws = shared.dortmund.workspace()
    try:
        batches = []
        for path in (csv, xlsx, vcf):
            table = ws.imports.read(path)
            settings = ImportSettings(mapping=ws.imports.automatic_mapping(table))
            report = ws.imports.run(table, settings)
            assert report.batch_id is not None
            batches.append(report.batch_id)
        names = sorted(r.name for r in ws.organisations.page(ListQuery(), 0, 50))
        assert "Ruhr Sensorik GmbH" in names and "Yıldız Metallbau GmbH" in names
        assert "Wiśniewski Elektro e.K." in names
        for batch in batches:
            ws.imports.undo(batch)
        assert ws.organisations.count(ListQuery()) == 0
    finally:
        ws.close()
    # Bernd of SIHK Hagen sees nothing of the import batches of WF Dortmund.
    seen = shared.psql(shared.hagen, "SELECT count(*) FROM audit_entry WHERE action = 'import'")
    assert seen.stdout.strip() == "0"


def test_the_administrator_loads_the_demo_into_the_server(shared: SharedServer) -> None:
    done = _cli(
        "demo",
        "--database",
        shared.admin_url,
        "--organisations",
        "40",
        "--people",
        "60",
        "--activities",
        "30",
    )
    assert done.returncode == 0, done.stderr
    seen = shared.psql(shared.dortmund, "SELECT count(*) > 0 FROM organisation")
    assert seen.stdout.strip() == "t", seen.stderr


def test_a_private_visit_keeps_whom_it_names_from_other_institutions(
    shared: SharedServer,
) -> None:
    from indie_desktop.services.contacts.people import PersonDraft
    from indie_desktop.services.work.activities import VisitDraft
    from indie_desktop.services.work.visit_parts import PersonMet

    ws = shared.dortmund.workspace()
    try:
        org = ws.organisations.create(OrganisationDraft(name="Netz Anna GmbH"))
        person = ws.people.create(PersonDraft(first_name="Anna", last_name="Schmidt"))
        visit = ws.activities.record_visit(
            VisitDraft(
                date="07.12.2026",
                time="01:06",
                subject="Vertraulich",
                organisation_ids=[org],
                people=[PersonMet(person_id=person)],
                staff_ids=[ws.actor.staff_id] if ws.actor.staff_id else [],
                visibility=Visibility.INSTITUTION,
            )
        )
        links = "SELECT count(*) FROM activity_organisation"
        assert shared.psql(shared.dortmund, links).stdout.strip() == "1"
        assert shared.psql(shared.hagen, links).stdout.strip() == "0"
        # Made network later, the links follow; private again, they go with it.
        detail = ws.activities.detail(visit)
        draft = detail.draft
        draft.visibility = Visibility.NETWORK
        ws.activities.update(visit, draft, detail.version)
        assert shared.psql(shared.hagen, links).stdout.strip() == "1"
        detail = ws.activities.detail(visit)
        draft = detail.draft
        draft.visibility = Visibility.INSTITUTION
        ws.activities.update(visit, draft, detail.version)
        assert shared.psql(shared.hagen, links).stdout.strip() == "0"
    finally:
        ws.close()


def test_staff_dashboard_and_funding_report_count_network_and_own_private_records_and_say_so(
    shared: SharedServer,
) -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    from indie_desktop.domain.enums import CooperationKind
    from indie_desktop.printing.report_funding import funding_report_pdf, funding_report_xlsx
    from indie_desktop.services.outcomes.dashboard import Period
    from tests.integration.test_postgres_printing import text_of
    from tests.unit.test_referral_services import agree, need, org, refer

    def cooperation(ws: Any, title: str, visibility: Visibility) -> None:
        (rid,) = refer(ws, need(ws, org(ws, f"{title} Suchend GmbH")), org(ws, f"{title} Partner"))
        agree(ws, rid)
        draft = ws.cooperations.draft_for_referral(rid)
        draft.kind = CooperationKind.FUNDING_APPLICATION
        draft.title = title
        draft.starts_on = "01.03.2026"
        draft.visibility = visibility
        ws.cooperations.create(draft)

    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    try:
        cooperation(dortmund, "Netz", Visibility.NETWORK)
        cooperation(dortmund, "Eigen", Visibility.INSTITUTION)
        cooperation(hagen, "Fremd", Visibility.INSTITUTION)
        report = dortmund.funding_report.build(Period.year(2026))
        assert report.figures.cooperations == 2
        assert sorted(e.title for e in report.evidence) == ["Eigen", "Netz"]
        assert report.visible_to == "WF Dortmund"
        pdf = text_of(funding_report_pdf(report))
        assert "institutionsinternen der WF Dortmund" in " ".join(pdf.split())
        sheet = load_workbook(BytesIO(funding_report_xlsx(report))).worksheets[0]
        cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
        assert any("institutionsinternen der WF Dortmund" in c for c in cells)
        assert hagen.funding_report.build(Period.year(2026)).figures.cooperations == 2
    finally:
        dortmund.close()
        hagen.close()


def test_init_shared_run_again_upgrades_a_server_of_the_old_rules(shared: SharedServer) -> None:
    from indie_desktop.services.work.activities import VisitDraft

    ws = shared.dortmund.workspace()
    try:
        net = ws.organisations.create(OrganisationDraft(name="Netz Anna GmbH"))
        ws.activities.record_visit(
            VisitDraft(
                date="07.12.2026",
                time="01:06",
                subject="Vertraulich",
                organisation_ids=[net],
                visibility=Visibility.INSTITUTION,
            )
        )
    finally:
        ws.close()
    # The server as the old version left it: link rows of private records network-visible,
    # the pruning function with free arguments for everybody.
    with _admin(shared) as conn:
        conn.execute("ALTER TABLE activity_organisation DISABLE TRIGGER USER")
        conn.execute("UPDATE activity_organisation SET visibility = 'network'")
        conn.execute("ALTER TABLE activity_organisation ENABLE TRIGGER USER")
        conn.execute("UPDATE sync_feed SET private_to = NULL")
        conn.execute(
            "GRANT EXECUTE ON FUNCTION indie_sync_prune(int, interval, interval) TO PUBLIC"
        )
    links = "SELECT count(*) FROM activity_organisation"
    assert shared.psql(shared.hagen, links).stdout.strip() == "1"

    done = _cli("admin", "init-shared", "--url", shared.admin_url)
    assert done.returncode == 0, done.stderr

    assert shared.psql(shared.hagen, links).stdout.strip() == "0"
    feed = "SELECT count(*) FROM sync_feed WHERE tbl IN ('activity', 'activity_organisation')"
    assert shared.psql(shared.hagen, feed).stdout.strip() == "0"
    prune = shared.psql(shared.hagen, "SELECT indie_sync_prune(0, '0', '0')")
    assert prune.returncode != 0 and "permission denied" in prune.stderr


def test_the_dashboard_and_the_funding_report_dialog_say_what_staff_figures_cover(
    shared: SharedServer, qtbot: Any, german: None
) -> None:
    from indie_desktop.ui.funding_report_dialog import FundingReportDialog
    from indie_desktop.ui.tasks import SynchronousRunner
    from indie_desktop.ui.views.dashboard_view import DashboardView

    ws = shared.dortmund.workspace()
    try:
        view = DashboardView(ws)
        qtbot.addWidget(view)
        view.show()
        view.ensure_loaded()
        said = (
            "Die Zahlen umfassen die netzwerkweit sichtbaren Datensätze und die "
            "institutionsinternen der WF Dortmund; institutionsinterne Datensätze anderer "
            "Institutionen sind nicht enthalten."
        )
        assert view.coverage.isVisible()
        assert view.coverage.text() == said
        dialog = FundingReportDialog(ws, SynchronousRunner(), view, view)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.coverage.isVisible() and dialog.coverage.text() == said
    finally:
        ws.close()
