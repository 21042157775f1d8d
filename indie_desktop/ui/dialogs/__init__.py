"""Dialogs to create and edit records, built on the Qt Designer forms in forms/*.ui.

dialog = OrganisationDialog(workspace, record_id_or_None, parent)
if dialog.exec() == QDialog.DialogCode.Accepted:
    open_record(dialog.saved_id)
"""

from indie_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from indie_desktop.ui.dialogs.person_dialog import PersonDialog
from indie_desktop.ui.dialogs.project_dialog import ProjectDialog

__all__ = ["OrganisationDialog", "PersonDialog", "ProjectDialog"]
