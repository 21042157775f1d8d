"""Why a file cannot be imported, in the user's language.

The readers raise ImportFileError with an English template (%1, %2 for line numbers, sizes,
names) and its parts; the template is translated here and the parts filled in, numbers as the
user's locale writes them. A template not listed stays English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.interchange.import_table import ImportFileError

CONTEXT = "import_errors"

MESSAGES = (
    QT_TRANSLATE_NOOP("import_errors", "The file is empty."),
    QT_TRANSLATE_NOOP(
        "import_errors",
        "The workbook would unpack to %1 MB; it is damaged or not a real table. Save it again "
        "from Excel or as CSV.",
    ),
    QT_TRANSLATE_NOOP(
        "import_errors",
        "The workbook is protected by a password. Save it without one and import again.",
    ),
    QT_TRANSLATE_NOOP(
        "import_errors",
        "The file is too large (%1 MB); at most %2 MB can be imported. Split it into smaller "
        "files.",
    ),
    QT_TRANSLATE_NOOP("import_errors", "The file cannot be opened: %1"),
    QT_TRANSLATE_NOOP(
        "import_errors",
        "Old Excel files (.xls) cannot be read. Save the file in Excel as .xlsx or CSV.",
    ),
    QT_TRANSLATE_NOOP(
        "import_errors",
        "Files of type %1 cannot be imported; choose a CSV, Excel (.xlsx) or vCard (.vcf) file.",
    ),
    QT_TRANSLATE_NOOP(
        "import_errors",
        "The file cannot be read as %1: byte %2 does not fit. Choose another encoding.",
    ),
    QT_TRANSLATE_NOOP("import_errors", "This is not a text file (it contains binary data)."),
    QT_TRANSLATE_NOOP("import_errors", "The file has more than %1 rows."),
    QT_TRANSLATE_NOOP(
        "import_errors",
        "The file is damaged or cut off near row %1: a quoted field is not closed or a quote "
        "stands in the wrong place.",
    ),
    QT_TRANSLATE_NOOP("import_errors", "The file holds no rows."),
    QT_TRANSLATE_NOOP(
        "import_errors",
        "This is not a readable Excel workbook (.xlsx); it may be damaged, cut off or an old "
        ".xls file. Save it again from Excel as .xlsx or CSV.",
    ),
    QT_TRANSLATE_NOOP("import_errors", "The workbook has no sheet named “%1”."),
    QT_TRANSLATE_NOOP("import_errors", "The sheet has more than %1 rows."),
    QT_TRANSLATE_NOOP("import_errors", "The workbook is damaged and cannot be read to its end."),
    QT_TRANSLATE_NOOP("import_errors", "The sheet holds no rows."),
    QT_TRANSLATE_NOOP("import_errors", "Line %1 of the vCard file is not a property (no ':')."),
    QT_TRANSLATE_NOOP("import_errors", "Line %1 of the vCard file is damaged."),
    QT_TRANSLATE_NOOP("import_errors", "A card is not closed before line %1 (END:VCARD)."),
    QT_TRANSLATE_NOOP("import_errors", "Line %1: END:VCARD without BEGIN:VCARD."),
    QT_TRANSLATE_NOOP("import_errors", "The file has more than %1 cards."),
    QT_TRANSLATE_NOOP("import_errors", "Line %1 stands outside a card (BEGIN:VCARD missing)."),
    QT_TRANSLATE_NOOP(
        "import_errors", "The file ends inside a card: it is cut off (END:VCARD missing)."
    ),
    QT_TRANSLATE_NOOP("import_errors", "The file holds no vCard (BEGIN:VCARD ... END:VCARD)."),
    QT_TRANSLATE_NOOP("import_errors", "This is not a vCard file (it contains binary data)."),
)


def file_error_text(error: ImportFileError) -> str:
    text = QCoreApplication.translate(CONTEXT, error.template)
    locale = QLocale()
    for n, value in reversed(list(enumerate(error.params, start=1))):
        shown = locale.toString(value) if isinstance(value, int) else str(value)
        text = text.replace(f"%{n}", shown)
    return text
