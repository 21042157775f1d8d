<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="31"/>
        <source>About In|Die Desktop</source>
        <translation>Über In|Die Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="36"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Contacts, visits, needs and referrals of the In|Die RegionRuhr network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Kontakte, Besuche, Bedarfe und Vermittlungen des Netzwerks In|Die RegionRuhr.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="44"/>
        <source>Database: {database}</source>
        <translation>Datenbank: {database}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="52"/>
        <source>&amp;Libraries</source>
        <translation>&amp;Bibliotheken</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="55"/>
        <source>&amp;Fonts</source>
        <translation>Schrift&amp;arten</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="58"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="71"/>
        <source>{app} is built with these components. Qt, PySide6 and psycopg are used under the GNU Lesser General Public License (LGPL) 3.0: their sources are available at the addresses given, and their libraries can be replaced in the installation folder.</source>
        <translation>{app} ist mit diesen Komponenten gebaut. Qt, PySide6 und psycopg werden unter der GNU Lesser General Public License (LGPL) 3.0 genutzt: Ihre Quelltexte sind unter den angegebenen Adressen erhältlich, ihre Bibliotheken können im Installationsordner ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="86"/>
        <source>Printing uses the fonts built into PDF readers.</source>
        <translation>Beim Drucken werden die in PDF-Programme eingebauten Schriftarten verwendet.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Fonts bundled for printing: {fonts}</source>
        <translation>Mitgelieferte Schriftarten für den Druck: {fonts}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../ui/views/activities_view.py" line="38"/>
        <source>Kind of activity</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="39"/>
        <source>All activities</source>
        <translation>Alle Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="195"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="201"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="203"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="206"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="211"/>
        <location filename="../../ui/views/activities_view.py" line="107"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="55"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="58"/>
        <source>Filter by subject or organisation… (Ctrl+F)</source>
        <translation>Nach Betreff oder Organisation filtern … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="65"/>
        <source>Delete the activity “{name}”?

The needs and tasks recorded with it stay.</source>
        <translation>Die Aktivität „{name}“ löschen?

Die dabei erfassten Bedarfe und Aufgaben bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="69"/>
        <source>Activity “{name}” deleted.</source>
        <translation>Aktivität „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="72"/>
        <source>No activities yet. Record a visit with Ctrl+Shift+N.</source>
        <translation>Noch keine Aktivitäten. Einen Besuch erfassen Sie mit Strg+Umschalt+N.</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="103"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="104"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="105"/>
        <source>People met</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="106"/>
        <source>Staff present</source>
        <translation>Teilnehmende Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="124"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="125"/>
        <source>Needs found</source>
        <translation>Festgestellte Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="126"/>
        <source>Agreed next steps</source>
        <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="127"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="84"/>
        <source>Plan appointment</source>
        <translation>Termin planen</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="93"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="97"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="98"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="99"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="100"/>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="101"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="102"/>
        <source>&amp;Place:</source>
        <translation>O&amp;rt:</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="80"/>
        <location filename="../../ui/widgets/attachments_panel.py" line="131"/>
        <source>Attachments (drop files here)</source>
        <translation>Anhänge (Dateien hierher ziehen)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="82"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="85"/>
        <source>Add file…</source>
        <translation>Datei hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="87"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="89"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attachments_panel.py" line="129"/>
        <source>Attachments: %n (drop files here)</source>
        <translation>
            <numerusform>Anhänge: %n (Dateien hierher ziehen)</numerusform>
            <numerusform>Anhänge: %n (Dateien hierher ziehen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="145"/>
        <source>{file}: the file is {size}; attachments may be at most {limit}. Attach a smaller version (e.g. a compressed PDF or a scaled-down photo).</source>
        <translation>{file}: Die Datei ist {size} groß; Anhänge dürfen höchstens {limit} groß sein. Hängen Sie eine kleinere Fassung an (z. B. ein komprimiertes PDF oder ein verkleinertes Foto).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="153"/>
        <source>File not attached</source>
        <translation>Datei nicht angehängt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="156"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="176"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="185"/>
        <source>Open a program or macro file?</source>
        <translation>Programm oder Makro-Datei öffnen?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="187"/>
        <source>“{file}” is a program, a script, a shortcut or an Office document with macros. Opened, it can change this computer and read your files. Open it only if you expected exactly this file from someone you know.</source>
        <translation>„{file}“ ist ein Programm, ein Skript, eine Verknüpfung oder ein Office-Dokument mit Makros. Geöffnet kann es diesen Computer verändern und Ihre Dateien lesen. Öffnen Sie es nur, wenn Sie genau diese Datei von jemandem erwartet haben, den Sie kennen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="194"/>
        <source>Open anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="195"/>
        <source>Do not open</source>
        <translation>Nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="278"/>
        <source>Outlook handed over only the first of the dragged mails. To file them all at once, copy them in Outlook (Ctrl+C) and paste them here (Ctrl+V): {names}</source>
        <translation>Outlook hat nur die erste der gezogenen E-Mails übergeben. Um alle auf einmal abzulegen, kopieren Sie sie in Outlook (Strg+C) und fügen Sie sie hier ein (Strg+V): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="285"/>
        <source>Outlook did not hand over: {names}</source>
        <translation>Von Outlook nicht übergeben: {names}</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../ui/widgets/job_dialog.py" line="56"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_dialog.py" line="62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_dialog.py" line="110"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="189"/>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="40"/>
        <source>Select the &amp;whole list</source>
        <translation>&amp;Ganze Liste auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="44"/>
        <source>Add to &amp;event…</source>
        <translation>Zu &amp;Veranstaltung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="48"/>
        <source>&amp;Tag…</source>
        <translation>&amp;Schlagwort vergeben…</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="50"/>
        <source>Remove ta&amp;g…</source>
        <translation>Schlagwort ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="57"/>
        <source>Assign &amp;Betreuer/in…</source>
        <translation>&amp;Betreuer/in zuweisen…</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="59"/>
        <source>Change stat&amp;us…</source>
        <translation>Stat&amp;us ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="52"/>
        <source>&amp;Undo the last change to many</source>
        <translation>Letzte Sammeländerung rück&amp;gängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="73"/>
        <source>All %1 of the filtered list selected</source>
        <translation>Alle %1 der gefilterten Liste ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="93"/>
        <source>Record %1 of %2</source>
        <translation>Eintrag %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="104"/>
        <source>%1 record(s) changed; undo with “Undo the last change to many”.</source>
        <translation>%1 Einträge geändert; rückgängig mit „Letzte Sammeländerung rückgängig machen“.</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="121"/>
        <source>Remove tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="121"/>
        <location filename="../../ui/events/bulk_actions.py" line="130"/>
        <source>Tag</source>
        <translation>Schlagwort vergeben</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="115"/>
        <source>Tag for %1 organisation(s):</source>
        <translation>Schlagwort für %1 Organisation(en):</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="117"/>
        <source>Tag for %1 person(s):</source>
        <translation>Schlagwort für %1 Person(en):</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="143"/>
        <location filename="../../ui/events/bulk_actions.py" line="150"/>
        <source>Assign Betreuer/in</source>
        <translation>Betreuer/in zuweisen</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="143"/>
        <source>Betreuer/in:</source>
        <translation>Betreuer/in:</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="165"/>
        <location filename="../../ui/events/bulk_actions.py" line="172"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="165"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="188"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="199"/>
        <source>Undone: %1 record(s) as before.</source>
        <translation>Rückgängig gemacht: %1 Einträge wie zuvor.</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="211"/>
        <location filename="../../ui/events/bulk_actions.py" line="216"/>
        <location filename="../../ui/events/bulk_actions.py" line="244"/>
        <location filename="../../ui/events/bulk_actions.py" line="246"/>
        <source>Add to event</source>
        <translation>Zu Veranstaltung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="211"/>
        <source>There is no event yet.</source>
        <translation>Es gibt noch keine Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="216"/>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../ui/events/bulk_actions.py" line="238"/>
        <source>%1 added to the event, %2 were taking part already.</source>
        <translation>%1 zur Veranstaltung hinzugefügt, %2 waren schon dabei.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="148"/>
        <source>Previous week or month (Page Up)</source>
        <translation>Vorige Woche oder voriger Monat (Bild auf)</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="151"/>
        <source>Next week or month (Page Down)</source>
        <translation>Nächste Woche oder nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="153"/>
        <source>&amp;Today</source>
        <translation>Heu&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="154"/>
        <source>Ctrl+T</source>
        <translation>Strg+T</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="159"/>
        <location filename="../../ui/work/week_calendar.py" line="322"/>
        <source>Week of %1 to %2</source>
        <translation>Woche vom %1 bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="164"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="165"/>
        <location filename="../../ui/work/week_calendar.py" line="205"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="167"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="171"/>
        <source>&amp;Colleagues too</source>
        <translation>Auch Kolle&amp;ginnen und Kollegen</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="173"/>
        <source>Also the appointments and visits of your institution&apos;s colleagues</source>
        <translation>Auch die Termine und Besuche der Kolleginnen und Kollegen Ihrer Institution</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="226"/>
        <source>&amp;Plan appointment…</source>
        <translation>Termin &amp;planen…</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="228"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="229"/>
        <source>Show the appointment in Activities (Enter)</source>
        <translation>Den Termin unter Aktivitäten zeigen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="231"/>
        <source>Send &amp;invitation…</source>
        <translation>&amp;Einladung senden…</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="233"/>
        <source>Opens the invitation (with the .ics Outlook accepts) as a mail draft</source>
        <translation>Öffnet die Einladung (mit der .ics-Datei, die Outlook annimmt) als E-Mail-Entwurf</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="236"/>
        <source>Send by &amp;mail server</source>
        <translation>Per &amp;Mailserver senden</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="238"/>
        <source>Sends the invitation through the mail server of Settings → E-mail system</source>
        <translation>Sendet die Einladung über den Mailserver aus Einstellungen → E-Mail-System</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="241"/>
        <source>Too&amp;k place</source>
        <translation>Hat &amp;stattgefunden</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="242"/>
        <source>The appointment took place: write its visit report</source>
        <translation>Der Termin hat stattgefunden: Besuchsbericht schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="272"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="386"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="386"/>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="485"/>
        <source>The invitation to %1 opens as a mail draft.</source>
        <translation>Die Einladung an %1 öffnet sich als E-Mail-Entwurf.</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="509"/>
        <source>Enter the mail server under Settings → E-mail system first.</source>
        <translation>Tragen Sie zuerst den Mailserver unter Einstellungen → E-Mail-System ein.</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="533"/>
        <source>The mail server refused the invitation to %1.</source>
        <translation>Der Mailserver hat die Einladung an %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="538"/>
        <source>The invitation went to %1.</source>
        <translation>Die Einladung ging an %1.</translation>
    </message>
    <message>
        <location filename="../../ui/work/week_calendar.py" line="546"/>
        <source>Marked as held: open it in Activities to write the report.</source>
        <translation>Als stattgefunden markiert: Öffnen Sie den Termin unter Aktivitäten, um den Bericht zu schreiben.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="457"/>
        <location filename="../../ui/widgets/charts.py" line="486"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="458"/>
        <source>Show these numbers as a table</source>
        <translation>Diese Zahlen als Tabelle zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="486"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/importing/check_page.py" line="49"/>
        <source>Check (dry run)</source>
        <translation>Prüfen (Probelauf)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="52"/>
        <source>Nothing has been changed yet. Rows with errors are skipped; double-click an error to correct the value.</source>
        <translation>Noch wurde nichts geändert. Zeilen mit Fehlern werden übersprungen; Doppelklick auf einen Fehler, um den Wert zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="59"/>
        <location filename="../../ui/importing/check_page.py" line="63"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="59"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="59"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="64"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="65"/>
        <source>Existing record</source>
        <translation>Vorhandener Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="66"/>
        <source>Score</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="67"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="68"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="75"/>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="77"/>
        <source>Likely duplicates of existing records:</source>
        <translation>Wahrscheinliche Dubletten vorhandener Datensätze:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="122"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="142"/>
        <source>{rows}: {organisations} and {people} would be created, {existing} filled in, {skipped}.</source>
        <translation>{rows}: {organisations} und {people} würden angelegt, {existing} ergänzt, {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/check_page.py" line="145"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/check_page.py" line="146"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/check_page.py" line="147"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/check_page.py" line="148"/>
        <source>%n existing record(s)</source>
        <translation>
            <numerusform>%n vorhandener Datensatz</numerusform>
            <numerusform>%n vorhandene Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/check_page.py" line="149"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="176"/>
        <source>Import anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="177"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="178"/>
        <source>Merge into existing</source>
        <translation>In vorhandenen Datensatz übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="222"/>
        <source>Correct value</source>
        <translation>Wert korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="223"/>
        <source>Row %1, column %2:</source>
        <translation>Zeile %1, Spalte %2:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="82"/>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="93"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="85"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="86"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../../forms/conflict_dialog.ui" line="14"/>
        <source>Changed by somebody else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../../forms/conflict_dialog.ui" line="23"/>
        <source>Somebody else saved this record after you opened it. Fields that only one of you changed have been combined. For the fields you both changed, choose the value to keep:</source>
        <translation>Jemand anderes hat diesen Datensatz gespeichert, nachdem Sie ihn geöffnet haben. Felder, die nur einer von Ihnen geändert hat, wurden zusammengeführt. Wählen Sie für die Felder, die Sie beide geändert haben, den Wert, der gelten soll:</translation>
    </message>
    <message>
        <location filename="../../../forms/conflict_dialog.ui" line="40"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../forms/conflict_dialog.ui" line="47"/>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Wert&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../forms/conflict_dialog.ui" line="54"/>
        <source>&lt;b&gt;Stored value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gespeicherter Wert&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="31"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="32"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="33"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="34"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="35"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="36"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="37"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="38"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="39"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="40"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="41"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="42"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="43"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="44"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="45"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="46"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="47"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="48"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="49"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="50"/>
        <source>WZ code</source>
        <translation>WZ-Code</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="51"/>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="52"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="54"/>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="55"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="56"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="57"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="58"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="59"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="60"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="61"/>
        <source>Value (EUR)</source>
        <translation>Wert (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="62"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="63"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="64"/>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="65"/>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="66"/>
        <source>Wanted competence</source>
        <translation>Gesuchte Kompetenz</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="67"/>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="68"/>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="69"/>
        <source>Register court</source>
        <translation>Registergericht</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="70"/>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="71"/>
        <source>Founded</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="72"/>
        <source>Responsible staff</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="73"/>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="74"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="75"/>
        <source>Situation</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="76"/>
        <source>Needs found</source>
        <translation>Erkannte Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="77"/>
        <source>Agreed next steps</source>
        <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="78"/>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="79"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="80"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="81"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="82"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="91"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="93"/>
        <source>not deleted</source>
        <translation>nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="106"/>
        <source>Sync conflicts</source>
        <translation>Synchronisationskonflikte</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="116"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="117"/>
        <source>Base</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="118"/>
        <source>Mine</source>
        <translation>Meiner</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="119"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="120"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="125"/>
        <source>Apply decision</source>
        <translation>Entscheidung übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="127"/>
        <source>No conflicts to decide.</source>
        <translation>Keine Konflikte zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="161"/>
        <source>changed on both sides</source>
        <translation>auf beiden Seiten geändert</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="162"/>
        <source>edited here, deleted on the server</source>
        <translation>hier bearbeitet, auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="163"/>
        <source>deleted here, edited on the server</source>
        <translation>hier gelöscht, auf dem Server bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="164"/>
        <source>not accepted by the server</source>
        <translation>vom Server nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="165"/>
        <source>no longer on the server</source>
        <translation>nicht mehr auf dem Server</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="176"/>
        <source>{record}: {kind}. Until you decide, the server&apos;s value stays; your value is kept here.</source>
        <translation>{record}: {kind}. Bis Sie entscheiden, gilt der Wert des Servers; Ihr Wert bleibt hier erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="198"/>
        <source>Keep server&apos;s</source>
        <translation>Server-Wert behalten</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="200"/>
        <source>Take mine</source>
        <translation>Meinen übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="203"/>
        <source>Edited value</source>
        <translation>Eigener Wert</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../ui/connection_dialog.py" line="36"/>
        <source>never encrypt</source>
        <translation>nie verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="37"/>
        <source>encrypt if the server insists</source>
        <translation>verschlüsseln, wenn der Server es verlangt</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="38"/>
        <source>encrypt if possible (default)</source>
        <translation>verschlüsseln, wenn möglich (Standard)</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="39"/>
        <source>always encrypt</source>
        <translation>immer verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="40"/>
        <source>always encrypt, check the server certificate</source>
        <translation>immer verschlüsseln, Serverzertifikat prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="43"/>
        <source>always encrypt, check certificate and server name</source>
        <translation>immer verschlüsseln, Zertifikat und Servernamen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="50"/>
        <source>The server refused the login: wrong password, or the login is unknown or locked.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: falsches Passwort, oder der Anmeldename ist unbekannt oder gesperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="54"/>
        <source>Please enter the password of your login.</source>
        <translation>Bitte geben Sie das Passwort Ihres Anmeldenamens ein.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="57"/>
        <source>The server cannot be reached. Check server name and port, and whether this computer is connected to the office network.</source>
        <translation>Der Server ist nicht erreichbar. Bitte Servername und Port prüfen und ob dieser Computer mit dem Büronetz verbunden ist.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="62"/>
        <source>The server and this app disagree about encryption (TLS). Ask your administrator which &apos;Encryption&apos; setting to use.</source>
        <translation>Server und App sind sich über die Verschlüsselung (TLS) nicht einig. Fragen Sie Ihre Administration, welche Einstellung unter „Verschlüsselung“ gilt.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="67"/>
        <source>The server has no database of that name.</source>
        <translation>Auf dem Server gibt es keine Datenbank mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="70"/>
        <source>This login is not registered as a staff member of the network.</source>
        <translation>Dieser Anmeldename ist keiner Mitarbeiterin und keinem Mitarbeiter des Netzwerks zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="73"/>
        <source>Your access has been disabled. Please ask your administrator.</source>
        <translation>Ihr Zugang wurde deaktiviert. Bitte wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="76"/>
        <source>The shared database cannot be opened.</source>
        <translation>Die gemeinsame Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="127"/>
        <source>A remembered password is kept only in the system keyring ({where}).</source>
        <translation>Ein gemerktes Passwort wird ausschließlich im Schlüsselbund des Systems gespeichert ({where}).</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="140"/>
        <source>This computer has no system keyring, so the password cannot be remembered: you will be asked for it each time. It is never written to a file.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher kann das Passwort nicht gemerkt werden: Sie werden jedes Mal danach gefragt. Es wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="147"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="182"/>
        <source>Please fill in server, database and login.</source>
        <translation>Bitte Server, Datenbank und Anmeldename ausfüllen.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="236"/>
        <source>Connecting to {host}… (Cancel stops waiting)</source>
        <translation>Verbindung zu {host} wird hergestellt … („Abbrechen“ beendet das Warten)</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="259"/>
        <source>The system keyring refused the password; not stored.</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort abgelehnt; es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="6"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="10"/>
        <source>Local database &amp;file on this computer</source>
        <translation>Lokale Datenbank&amp;datei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="15"/>
        <source>&amp;Shared database on the office server</source>
        <translation>&amp;Gemeinsame Datenbank auf dem Büroserver</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="23"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="33"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="46"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="56"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="66"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="77"/>
        <source>&amp;Encryption:</source>
        <translation>Verschl&amp;üsselung:</translation>
    </message>
    <message>
        <location filename="../../../forms/connection_dialog.ui" line="87"/>
        <source>&amp;Remember password</source>
        <translation>Passwort &amp;merken</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/privacy/forms.py" line="129"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="136"/>
        <source>e.g. form at the trade fair, e-mail</source>
        <translation>z. B. Formular auf der Messe, E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="139"/>
        <source>What proves it (files can be attached to the consent afterwards)</source>
        <translation>Womit sie belegt ist (Dateien lassen sich danach an die Einwilligung anhängen)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="144"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="145"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="146"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Weg:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="147"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="148"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="149"/>
        <source>&amp;Withdrawn on:</source>
        <translation>Wi&amp;derrufen am:</translation>
    </message>
</context>
<context>
    <name>ContactPointsEditor</name>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="91"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="92"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="105"/>
        <source>E-mail, number, website or street</source>
        <translation>E-Mail, Nummer, Webseite oder Straße</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="94"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="93"/>
        <source>Contact detail</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="95"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="96"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="112"/>
        <source>Add contact detail</source>
        <translation>Kontaktangabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="114"/>
        <source>Remove contact detail</source>
        <translation>Kontaktangabe entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="125"/>
        <source>The first e-mail, phone, mobile, website and address stay in their own fields; here go the others (private, a second office, a fax).</source>
        <translation>Die erste E-Mail-Adresse, Telefon- und Mobilnummer, Webseite und Anschrift stehen in ihren eigenen Feldern; hier stehen die weiteren (privat, ein zweites Büro, ein Fax).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_points_editor.py" line="262"/>
        <source>Row %1 (%2), %3: %4</source>
        <translation>Zeile %1 (%2), %3: %4</translation>
    </message>
</context>
<context>
    <name>CooperationDialog</name>
    <message>
        <location filename="../../ui/dialogs/cooperation_dialog.py" line="57"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cooperation_dialog.py" line="97"/>
        <source>Record cooperation</source>
        <translation>Kooperation erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cooperation_dialog.py" line="100"/>
        <source>Edit cooperation – %1</source>
        <translation>Kooperation bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cooperation_dialog.py" line="108"/>
        <source>Partners: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="6"/>
        <source>Cooperation</source>
        <translation>Kooperation</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="14"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="18"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="30"/>
        <source>Starts &amp;on:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="32"/>
        <location filename="../../../forms/cooperation_dialog.ui" line="44"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="42"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="54"/>
        <source>&amp;Value (EUR):</source>
        <translation>&amp;Wert (EUR):</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="56"/>
        <source>1.234,50</source>
        <translation>1.234,50</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="66"/>
        <source>&amp;Funding programme:</source>
        <translation>&amp;Förderprogramm:</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="68"/>
        <source>e.g. ZIM</source>
        <translation>z. B. ZIM</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="78"/>
        <source>Evi&amp;dence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="90"/>
        <source>Visi&amp;ble to:</source>
        <translation>S&amp;ichtbar für:</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="94"/>
        <source>Came f&amp;rom the event:</source>
        <translation>&amp;Herkunft (Veranstaltung):</translation>
    </message>
    <message>
        <location filename="../../../forms/cooperation_dialog.ui" line="96"/>
        <source>The event where the partners met (counted in the dashboard and the funding report)</source>
        <translation>Die Veranstaltung, auf der sich die Partner trafen (zählt in der Auswertung und im Förderbericht)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <location filename="../../ui/views/dashboard_view.py" line="178"/>
        <source>Dashboard</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="186"/>
        <location filename="../../ui/views/dashboard_view.py" line="808"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="187"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="188"/>
        <location filename="../../ui/views/dashboard_view.py" line="197"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="189"/>
        <source>Custom</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="193"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="199"/>
        <source>Month or quarter</source>
        <translation>Monat oder Quartal</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="206"/>
        <source>All institutions</source>
        <translation>Alle Institutionen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="208"/>
        <source>All municipalities</source>
        <translation>Alle Kommunen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="212"/>
        <source>All sectors (WZ)</source>
        <translation>Alle Branchen (WZ)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="214"/>
        <source>All staff</source>
        <translation>Alle Mitarbeitenden</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="252"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="253"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="254"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="255"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="256"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="257"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="258"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="259"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="260"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="261"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="262"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="263"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="271"/>
        <source>Q%1</source>
        <translation>%1. Quartal</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="286"/>
        <source>organisations reached</source>
        <translation>erreichte Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="287"/>
        <source>company visits</source>
        <translation>Unternehmensbesuche</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="288"/>
        <source>needs recorded</source>
        <translation>erfasste Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="289"/>
        <source>referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="290"/>
        <source>cooperations started</source>
        <translation>begonnene Kooperationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="291"/>
        <source>value of the cooperations</source>
        <translation>Wert der Kooperationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="292"/>
        <source>median days from need to referral</source>
        <translation>Median Tage vom Bedarf zur Vermittlung</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="293"/>
        <source>median days from referral to cooperation</source>
        <translation>Median Tage von der Vermittlung zur Kooperation</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="323"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="325"/>
        <source>events in the period</source>
        <translation>Veranstaltungen im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="326"/>
        <source>registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="327"/>
        <source>participants who came</source>
        <translation>Teilnehmende, die kamen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="328"/>
        <source>first contacts made at an event</source>
        <translation>Erstkontakte auf Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="338"/>
        <location filename="../../ui/views/dashboard_view.py" line="349"/>
        <source>Upcoming events</source>
        <translation>Nächste Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="342"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="343"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="344"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="345"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="346"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="357"/>
        <source>No events planned from today on.</source>
        <translation>Ab heute sind keine Veranstaltungen geplant.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="397"/>
        <source>Organisations with at least one activity in the period (visit, call, meeting, event, …), each counted once however often it was contacted.</source>
        <translation>Organisationen mit mindestens einer Aktivität im Zeitraum (Besuch, Telefonat, Besprechung, Veranstaltung, …), jede einmal gezählt, wie oft sie auch kontaktiert wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="401"/>
        <source>Activities of the kind “company visit” held in the period (the day in Berlin time). Calls, e-mails and meetings are not counted here.</source>
        <translation>Aktivitäten der Art „Firmenbesuch“ im Zeitraum (Tag nach Berliner Zeit). Telefonate, E-Mails und Besprechungen zählen hier nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="405"/>
        <source>Needs recorded in the period, by the day of the visit they were found in (else the day they were recorded).</source>
        <translation>Im Zeitraum erfasste Bedarfe, nach dem Tag des Besuchs, bei dem sie festgestellt wurden (sonst nach dem Tag der Erfassung).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="409"/>
        <source>Referrals made in the period (referral date). A need referred to several partners counts once per partner, so there can be more referrals than needs referred (see “From need to cooperation”, which counts needs).</source>
        <translation>Im Zeitraum vorgenommene Vermittlungen (Vermittlungsdatum). Ein Bedarf, der an mehrere Partner vermittelt wurde, zählt je Partner einmal; deshalb kann es mehr Vermittlungen als vermittelte Bedarfe geben (siehe „Vom Bedarf zur Kooperation“, dort werden Bedarfe gezählt).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="414"/>
        <source>Cooperations that started in the period (start date), with or without a referral before them. “From need to cooperation” counts instead the needs of the period that reached a cooperation, so the two numbers can differ.</source>
        <translation>Im Zeitraum begonnene Kooperationen (Beginndatum), mit oder ohne vorherige Vermittlung. „Vom Bedarf zur Kooperation“ zählt dagegen die Bedarfe des Zeitraums, die zu einer Kooperation geführt haben; die beiden Zahlen können deshalb abweichen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="419"/>
        <source>Sum of the values in euros of the cooperations started in the period.</source>
        <translation>Summe der Werte in Euro der im Zeitraum begonnenen Kooperationen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="422"/>
        <source>Median number of days from the need being found to its referral, over the referrals made in the period.</source>
        <translation>Median der Tage von der Feststellung des Bedarfs bis zu seiner Vermittlung, über die im Zeitraum vorgenommenen Vermittlungen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="426"/>
        <source>Median number of days from the referral to the start of the cooperation, over the cooperations started in the period that came from a referral.</source>
        <translation>Median der Tage von der Vermittlung bis zum Beginn der Kooperation, über die im Zeitraum begonnenen Kooperationen, die aus einer Vermittlung hervorgingen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="430"/>
        <source>Needs carried to a university in the period (Bedarfsradar: a digest printed, saved or recorded as sent), each need once per university.</source>
        <translation>Im Zeitraum an eine Hochschule getragene Bedarfe (Bedarfsradar: Übersicht gedruckt, gespeichert oder als übermittelt erfasst), jeder Bedarf einmal je Hochschule.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="434"/>
        <source>Of the needs carried in the period: those for which a university unit was named and a referral to it made.</source>
        <translation>Von den im Zeitraum getragenen Bedarfen: die, für die eine Einheit der Hochschule benannt und an sie vermittelt wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="438"/>
        <source>Of the needs carried in the period: those that reached a cooperation.</source>
        <translation>Von den im Zeitraum getragenen Bedarfen: die, aus denen eine Kooperation wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="441"/>
        <source>Companies taking part in the network or network partners at the end of the period (by their latest step in “Im Netzwerk”).</source>
        <translation>Firmen, die am Ende des Zeitraums am Netzwerk teilnehmen oder Netzwerkpartner sind (nach ihrem letzten Schritt unter „Im Netzwerk“).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="445"/>
        <source>Companies that took their first step into the network (taking part or partner) in the period.</source>
        <translation>Firmen, die im Zeitraum ihren ersten Schritt ins Netzwerk getan haben (Teilnahme oder Partnerschaft).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="452"/>
        <source>Events (sector meetings, trade fairs, trips) held in the period.</source>
        <translation>Im Zeitraum stattgefundene Veranstaltungen (Branchentreffs, Messen, Reisen).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="454"/>
        <source>Registrations for the period&apos;s events: registered or attended, each person once per event.</source>
        <translation>Anmeldungen zu den Veranstaltungen des Zeitraums: angemeldet oder teilgenommen, jede Person einmal je Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="457"/>
        <source>Participants ticked off as having come to the period&apos;s events.</source>
        <translation>Teilnehmende, die bei den Veranstaltungen des Zeitraums als erschienen abgehakt wurden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="459"/>
        <source>Organisations that attended an event of the period and had no contact with the network before it.</source>
        <translation>Organisationen, die an einer Veranstaltung des Zeitraums teilgenommen und vorher keinen Kontakt zum Netzwerk hatten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="467"/>
        <source>The needs recorded in the period and how many of them got as far as each step: referred at least once, a first meeting, a cooperation. Each need counts once, however many partners it was referred to.</source>
        <translation>Die im Zeitraum erfassten Bedarfe und wie viele davon jede Stufe erreicht haben: mindestens einmal vermittelt, Erstgespräch, Kooperation. Jeder Bedarf zählt einmal, an wie viele Partner er auch vermittelt wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="472"/>
        <source>Company visits, needs, referrals and cooperations started, per month of the period (each by its own date).</source>
        <translation>Firmenbesuche, Bedarfe, Vermittlungen und begonnene Kooperationen je Monat des Zeitraums (jeweils nach ihrem eigenen Datum).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="476"/>
        <source>Company visits by the municipality of the organisations visited; a visit to organisations in two municipalities counts in each.</source>
        <translation>Firmenbesuche nach der Kommune der besuchten Organisationen; ein Besuch bei Organisationen in zwei Kommunen zählt in beiden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="480"/>
        <source>Referrals of the period by the institution that made them (owns the record).</source>
        <translation>Vermittlungen des Zeitraums nach der Institution, die sie vorgenommen hat (Eigentümerin des Eintrags).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="483"/>
        <source>Referrals of the period: the kind of the organisation referred (row) and of its partner (column).</source>
        <translation>Vermittlungen des Zeitraums: Art der vermittelten Organisation (Zeile) und ihres Partners (Spalte).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="486"/>
        <source>Referrals made in the period by the stage they stand at today.</source>
        <translation>Im Zeitraum vorgenommene Vermittlungen nach ihrem heutigen Stand.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="492"/>
        <source>Needs recorded in the period by the technology terms found in them (a need naming several topics counts in each).</source>
        <translation>Im Zeitraum erfasste Bedarfe nach den darin gefundenen Fachbegriffen (ein Bedarf mit mehreren Themen zählt bei jedem).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="496"/>
        <source>Needs recorded in the period by the WZ division of the company that has them.</source>
        <translation>Im Zeitraum erfasste Bedarfe nach der WZ-Abteilung der Firma, die sie hat.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="499"/>
        <source>Companies in the network at the end of the period, by the institution that looks after them.</source>
        <translation>Firmen im Netzwerk am Ende des Zeitraums, nach der Institution, die sie betreut.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="506"/>
        <source>Period: {period}.</source>
        <translation>Zeitraum: {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="510"/>
        <source>Institutions: all (records private to other institutions are counted, not listed).</source>
        <translation>Institutionen: alle (private Einträge anderer Institutionen werden mitgezählt, aber nicht aufgelistet).</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="513"/>
        <source>Institution: {name}.</source>
        <translation>Institution: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="526"/>
        <source>From need to cooperation</source>
        <translation>Vom Bedarf zur Kooperation</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="527"/>
        <source>Per month</source>
        <translation>Je Monat</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="529"/>
        <source>Company visits by municipality</source>
        <translation>Unternehmensbesuche nach Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="531"/>
        <source>Referrals by institution</source>
        <translation>Vermittlungen nach Institution</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="532"/>
        <source>Who was referred to whom</source>
        <translation>Wer an wen vermittelt wurde</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="533"/>
        <source>Referrals by stage</source>
        <translation>Vermittlungen nach Stand</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="551"/>
        <source>Company visits in {name}</source>
        <translation>Unternehmensbesuche in {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="551"/>
        <location filename="../../ui/views/dashboard_view.py" line="822"/>
        <source>no municipality</source>
        <translation>ohne Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="559"/>
        <source>Referrals: {stage}</source>
        <translation>Vermittlungen: {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="578"/>
        <source>needs carried to universities</source>
        <translation>Bedarfe an Hochschulen übermittelt</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="579"/>
        <source>of them taken up by a unit</source>
        <translation>davon von einer Einheit aufgegriffen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="580"/>
        <source>of them led to a cooperation</source>
        <translation>davon zu einer Kooperation geführt</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="581"/>
        <source>companies in the network</source>
        <translation>Unternehmen im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="582"/>
        <source>companies joined the network</source>
        <translation>Unternehmen neu im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="590"/>
        <source>Needs by topic</source>
        <translation>Bedarfe nach Thema</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="591"/>
        <source>Needs by sector (WZ division)</source>
        <translation>Bedarfe nach Branche (WZ-Abteilung)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="593"/>
        <source>Companies in the network by institution</source>
        <translation>Unternehmen im Netzwerk nach Institution</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="613"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="620"/>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="632"/>
        <source>In the network</source>
        <translation>Im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="632"/>
        <source>Joined</source>
        <translation>Neu dazu</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="643"/>
        <source>Needs radar due: %1</source>
        <translation>Bedarfsradar fällig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="713"/>
        <source>The figures cover the records visible to the whole network and those private to {institution}; other institutions&apos; private records are not included.</source>
        <translation>Die Zahlen umfassen die netzwerkweit sichtbaren Datensätze und die institutionsinternen der {institution}; institutionsinterne Datensätze anderer Institutionen sind nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="726"/>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="740"/>
        <source>Period {period}</source>
        <translation>Zeitraum {period}</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="766"/>
        <source>Needs recorded</source>
        <translation>Bedarfe erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="767"/>
        <source>referred</source>
        <translation>vermittelt</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="768"/>
        <source>first meeting</source>
        <translation>Erstgespräch</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="769"/>
        <source>cooperation</source>
        <translation>Kooperation</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="782"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="613"/>
        <location filename="../../ui/views/dashboard_view.py" line="620"/>
        <location filename="../../ui/views/dashboard_view.py" line="782"/>
        <location filename="../../ui/views/dashboard_view.py" line="800"/>
        <location filename="../../ui/views/dashboard_view.py" line="830"/>
        <location filename="../../ui/views/dashboard_view.py" line="924"/>
        <source>Needs</source>
        <translation>Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="782"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="799"/>
        <location filename="../../ui/views/dashboard_view.py" line="829"/>
        <location filename="../../ui/views/dashboard_view.py" line="923"/>
        <source>Company visits</source>
        <translation>Unternehmensbesuche</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="801"/>
        <location filename="../../ui/views/dashboard_view.py" line="831"/>
        <location filename="../../ui/views/dashboard_view.py" line="884"/>
        <location filename="../../ui/views/dashboard_view.py" line="903"/>
        <location filename="../../ui/views/dashboard_view.py" line="925"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="802"/>
        <location filename="../../ui/views/dashboard_view.py" line="832"/>
        <location filename="../../ui/views/dashboard_view.py" line="926"/>
        <source>Cooperations</source>
        <translation>Kooperationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="828"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="833"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="625"/>
        <location filename="../../ui/views/dashboard_view.py" line="852"/>
        <source>no institution</source>
        <translation>ohne Institution</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="632"/>
        <location filename="../../ui/views/dashboard_view.py" line="863"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="884"/>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="890"/>
        <source>Firms</source>
        <translation>Untern.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="891"/>
        <source>Crafts</source>
        <translation>Handwerk</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="892"/>
        <source>Services</source>
        <translation>Dienstl.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="893"/>
        <source>Univ.</source>
        <translation>Hochsch.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="894"/>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="895"/>
        <source>Chambers</source>
        <translation>Kammern</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="896"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="903"/>
        <source>Referred organisation</source>
        <translation>Vermittelte Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="903"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="942"/>
        <source>Referrals of {name}</source>
        <translation>Vermittlungen von {name}</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="83"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="83"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="83"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="85"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard_view.py" line="108"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard_view.py" line="111"/>
        <source>(%n of them private to other institutions: counted, not listed)</source>
        <translation>
            <numerusform>(%n davon institutionsintern bei anderen Institutionen: mitgezählt, nicht aufgeführt)</numerusform>
            <numerusform>(%n davon institutionsintern bei anderen Institutionen: mitgezählt, nicht aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="114"/>
        <source>double-click opens one in its list</source>
        <translation>Doppelklick öffnet einen Eintrag in seiner Liste</translation>
    </message>
</context>
<context>
    <name>DueTasksPanel</name>
    <message>
        <location filename="../../ui/widgets/due_tasks_panel.py" line="26"/>
        <source>Tasks due today</source>
        <translation>Heute fällige Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_tasks_panel.py" line="31"/>
        <source>You have %n open task(s) due today or earlier.</source>
        <translation>
            <numerusform>Sie haben %n offene Aufgabe, die heute oder früher fällig ist.</numerusform>
            <numerusform>Sie haben %n offene Aufgaben, die heute oder früher fällig sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_tasks_panel.py" line="33"/>
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>Davon ist %n überfällig.</numerusform>
            <numerusform>Davon sind %n überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_tasks_panel.py" line="40"/>
        <source>&amp;Open task list</source>
        <translation>Aufgabenliste ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="42"/>
        <source>Find duplicates</source>
        <translation>Dubletten suchen</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="48"/>
        <source>Score</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="49"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="50"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="51"/>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="52"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="62"/>
        <source>&amp;Scan again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="64"/>
        <source>&amp;Cancel scan</source>
        <translation>Suche &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="66"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="68"/>
        <source>&amp;Undo merge</source>
        <translation>Zusammenführung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="71"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="86"/>
        <source>Comparing records…</source>
        <translation>Datensätze werden verglichen…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="114"/>
        <source>Scan cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates/finder.py" line="124"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n wahrscheinliches Dublettenpaar</numerusform>
            <numerusform>%n wahrscheinliche Dublettenpaare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="125"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="125"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="154"/>
        <source>Merged. You can undo the merge.</source>
        <translation>Zusammengeführt. Die Zusammenführung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/finder.py" line="163"/>
        <source>The merge was undone.</source>
        <translation>Die Zusammenführung wurde rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="60"/>
        <source>Erase %1 (Art. 17 GDPR)</source>
        <translation>%1 löschen (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="67"/>
        <source>All personal data of %1 will be erased: master data, affiliations, consents, objections, files and the values in the change history. Visits, referrals and cooperations stay counted, without the person. This cannot be undone.</source>
        <translation>Alle personenbezogenen Daten von %1 werden gelöscht: Stammdaten, Zugehörigkeiten, Einwilligungen, Widersprüche, Dateien und die Werte im Änderungsverlauf. Besuche, Vermittlungen und Kooperationen zählen weiter, ohne die Person. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="74"/>
        <source>Other records mention the person. Tick the texts to clean up:</source>
        <translation>Andere Datensätze nennen die Person. Haken Sie die Texte an, die bereinigt werden sollen:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="78"/>
        <source>Mentions in other records</source>
        <translation>Erwähnungen in anderen Datensätzen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="99"/>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="110"/>
        <source>Last question: type the name “%1” to erase the person irrevocably.</source>
        <translation>Letzte Rückfrage: Tippen Sie den Namen „%1“ ein, um die Person unwiderruflich zu löschen.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="116"/>
        <source>Name to confirm</source>
        <translation>Name zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="118"/>
        <source>&amp;Erase irrevocably</source>
        <translation>&amp;Unwiderruflich löschen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="123"/>
        <source>Backups made before the erasure still hold the person&apos;s data until they rotate out; the erasure does not change them.</source>
        <translation>Datensicherungen von vor der Löschung enthalten die Daten der Person weiter, bis sie turnusgemäß ersetzt werden; die Löschung verändert sie nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="127"/>
        <source>These backup files hold the person:</source>
        <translation>Diese Sicherungsdateien enthalten die Person:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="143"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="248"/>
        <source>Backups made before the erasure still hold the person&apos;s data until they rotate out; the erasure does not change them. Backup files that hold the person:</source>
        <translation>Datensicherungen von vor der Löschung enthalten die Daten der Person weiter, bis sie turnusgemäß ersetzt werden; die Löschung verändert sie nicht. Sicherungsdateien, die die Person enthalten:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="209"/>
        <location filename="../../ui/privacy/erase_dialog.py" line="233"/>
        <location filename="../../ui/privacy/erase_dialog.py" line="253"/>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="91"/>
        <source>Only the data protection role may erase: on the shared database, the administrator&apos;s login. Ask them to erase this person. An offline copy receives the erasure with its next sync.</source>
        <translation>Löschen darf nur die Datenschutzrolle: in der gemeinsamen Datenbank die Anmeldung der Administration. Bitten Sie sie, diese Person zu löschen. Eine Offline-Kopie erhält die Löschung mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="211"/>
        <source>Erasing %1. This cannot be cancelled once started: the erasure finishes and then cleans the database file, which may take a while for a large file.</source>
        <translation>%1 wird gelöscht. Einmal begonnen, lässt sich das nicht abbrechen: Die Löschung läuft zu Ende und bereinigt danach die Datenbankdatei; bei einer großen Datei kann das eine Weile dauern.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="243"/>
        <source>The personal data is erased. The audit trail records the erasure under the reference %1, without the person.</source>
        <translation>Die personenbezogenen Daten sind gelöscht. Das Protokoll vermerkt die Löschung unter dem Aktenzeichen %1, ohne die Person.</translation>
    </message>
</context>
<context>
    <name>ErrorDetailsDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="45"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="62"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../../ui/events/event_actions.py" line="262"/>
        <location filename="../../ui/events/event_actions.py" line="270"/>
        <location filename="../../ui/events/event_actions.py" line="291"/>
        <location filename="../../ui/events/event_actions.py" line="312"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="262"/>
        <location filename="../../ui/events/event_actions.py" line="439"/>
        <source>Letter %1 of %2</source>
        <translation>Brief %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="302"/>
        <source>%1 invited, %2 were taking part already; %3 letter(s).</source>
        <translation>%1 eingeladen, %2 waren schon dabei; %3 Brief(e).</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="285"/>
        <location filename="../../ui/events/event_actions.py" line="308"/>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="247"/>
        <source>Folder for the e-mail drafts</source>
        <translation>Ordner für die E-Mail-Entwürfe</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="270"/>
        <source>Mail %1 of %2</source>
        <translation>E-Mail %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="278"/>
        <source>%1 invited, %2 were taking part already; %3 e-mail draft(s) in %4.</source>
        <translation>%1 eingeladen, %2 nahmen schon teil; E-Mail-Entwürfe: %3, im Ordner %4.</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="350"/>
        <location filename="../../ui/events/event_actions.py" line="377"/>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="350"/>
        <source>Row %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="358"/>
        <source>%1 registered, %2 on the waiting list, %3 registered already.</source>
        <translation>%1 angemeldet, %2 auf der Warteliste, %3 waren schon angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="362"/>
        <source>New: %1 people, %2 organisations (checked for duplicates).</source>
        <translation>Neu: %1 Personen, %2 Organisationen (auf Dubletten geprüft).</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="367"/>
        <source>Rows not used:</source>
        <translation>Nicht übernommene Zeilen:</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="369"/>
        <source>Row %1: %2 – %3</source>
        <translation>Zeile %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="388"/>
        <source>Attendance list %1</source>
        <translation>Teilnehmerliste %1</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="394"/>
        <source>Name badges %1</source>
        <translation>Namensschilder %1</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="401"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="410"/>
        <location filename="../../ui/events/event_actions.py" line="422"/>
        <source>After the event</source>
        <translation>Nach der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="412"/>
        <source>Mark everyone registered but not ticked off as “no-show”, make the follow-up tasks and the thank-you letters to those who attended?</source>
        <translation>Alle Angemeldeten ohne Haken als „nicht erschienen“ markieren, die Aufgaben zur Nachbereitung anlegen und die Dankesbriefe an die Teilnehmenden erstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="426"/>
        <source>%1 no-show(s) marked, %2 follow-up task(s) made.</source>
        <translation>%1 als nicht erschienen markiert, %2 Aufgabe(n) zur Nachbereitung angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="437"/>
        <location filename="../../ui/events/event_actions.py" line="440"/>
        <source>Thank-you letters</source>
        <translation>Dankesbriefe</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/events/event_dialog.py" line="48"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_dialog.py" line="51"/>
        <source>Co-organising institutions</source>
        <translation>Mitveranstaltende Institutionen</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_dialog.py" line="142"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_dialog.py" line="145"/>
        <source>Edit event – %1</source>
        <translation>Veranstaltung bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="6"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="12"/>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="18"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="21"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="23"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="24"/>
        <location filename="../../../forms/event_dialog.ui" line="30"/>
        <location filename="../../../forms/event_dialog.ui" line="50"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="26"/>
        <source>Start ti&amp;me:</source>
        <translation>Beginn (U&amp;hrzeit):</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="27"/>
        <location filename="../../../forms/event_dialog.ui" line="33"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="29"/>
        <source>Last da&amp;y:</source>
        <translation>Ende (Dat&amp;um):</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="46"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="49"/>
        <source>&amp;Registration deadline:</source>
        <translation>Anmeldes&amp;chluss:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="60"/>
        <source>Costs &amp;&amp; det&amp;ails</source>
        <translation>Kost&amp;en &amp;&amp; Details</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="32"/>
        <source>End t&amp;ime:</source>
        <translation>Ende (Uhr&amp;zeit):</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="35"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="38"/>
        <source>&amp;Organiser:</source>
        <translation>Ve&amp;ranstalter:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="40"/>
        <source>Co-or&amp;ganisers:</source>
        <translation>&amp;Mitveranstalter:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="41"/>
        <source>The network&apos;s institutions organising the event with the organiser (Space ticks one)</source>
        <translation>Die Institutionen des Netzwerks, die mit dem Veranstalter veranstalten (Leertaste hakt an)</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="43"/>
        <source>Others outside the net&amp;work:</source>
        <translation>&amp;Weitere außerhalb des Netzwerks:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="52"/>
        <source>Registration &amp;link:</source>
        <translation>Anmelde&amp;link:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="53"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="55"/>
        <source>&amp;Visible to:</source>
        <translation>Sicht&amp;bar für:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="63"/>
        <source>&amp;Cost (EUR):</source>
        <translation>&amp;Kosten (EUR):</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="66"/>
        <source>&amp;Budget (EUR):</source>
        <translation>&amp;Budget (EUR):</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="69"/>
        <source>&amp;Funding:</source>
        <translation>&amp;Förderung:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="72"/>
        <source>T&amp;rade fair:</source>
        <translation>M&amp;esse:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="75"/>
        <source>&amp;Hall / stand:</source>
        <translation>&amp;Halle / Stand:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="78"/>
        <source>Desti&amp;nation:</source>
        <translation>&amp;Reiseziel:</translation>
    </message>
    <message>
        <location filename="../../../forms/event_dialog.ui" line="81"/>
        <source>Desc&amp;ription:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../ui/events/events_view.py" line="48"/>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="49"/>
        <source>Invite b&amp;y e-mail…</source>
        <translation>&amp;Per E-Mail einladen…</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="50"/>
        <source>I&amp;mport registrations…</source>
        <translation>Anmeldungen i&amp;mportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="51"/>
        <source>Attendance &amp;list</source>
        <translation>Teilnehmer&amp;liste</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="52"/>
        <source>&amp;Badges</source>
        <translation>Namenss&amp;childer</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="53"/>
        <source>&amp;After the event…</source>
        <translation>Nach der Veranstalt&amp;ung…</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../domain/list_columns.py" line="143"/>
        <source>Date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="149"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="151"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="153"/>
        <location filename="../../ui/events/events_view.py" line="163"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="154"/>
        <location filename="../../ui/events/events_view.py" line="164"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="156"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="162"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="92"/>
        <source>Invitation &amp;text…</source>
        <translation>Einladungs&amp;text…</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="94"/>
        <source>&amp;Target groups…</source>
        <translation>&amp;Zielgruppen…</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="96"/>
        <source>&amp;Check-in</source>
        <translation>&amp;Einlass</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="116"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="119"/>
        <source>Filter by name or description… (Ctrl+F)</source>
        <translation>Nach Name oder Beschreibung filtern… (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="125"/>
        <source>Delete the event “{name}”?</source>
        <translation>Die Veranstaltung „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="128"/>
        <source>Event “{name}” deleted.</source>
        <translation>Veranstaltung „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="131"/>
        <source>No events yet. Create a Branchentreff with New (Ctrl+N).</source>
        <translation>Noch keine Veranstaltungen. Legen Sie einen Branchentreff mit Neu (Strg+N) an.</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="162"/>
        <source>When</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="165"/>
        <source>Co-organisers</source>
        <translation>Mitveranstalter</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="166"/>
        <source>Registered / places</source>
        <translation>Angemeldet / Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="168"/>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="171"/>
        <source>Registration deadline</source>
        <translation>Anmeldeschluss</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="173"/>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="176"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="177"/>
        <source>Funding</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="181"/>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="182"/>
        <source>Hall / stand</source>
        <translation>Halle / Stand</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="185"/>
        <source>Destination</source>
        <translation>Reiseziel</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="187"/>
        <source>Visible to</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <location filename="../../ui/events/events_view.py" line="191"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/file_page.py" line="49"/>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="51"/>
        <source>CSV (as Excel saves it), Excel workbook (.xlsx) or vCard (.vcf).</source>
        <translation>CSV (wie Excel sie speichert), Excel-Arbeitsmappe (.xlsx) oder vCard (.vcf).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="54"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="55"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="62"/>
        <location filename="../../ui/importing/file_page.py" line="71"/>
        <location filename="../../ui/importing/file_page.py" line="79"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="63"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="65"/>
        <source>Windows-1252 (Excel)</source>
        <translation>Windows-1252 (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="72"/>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="73"/>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="74"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="80"/>
        <source>Comma (25,62)</source>
        <translation>Komma (25,62)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="81"/>
        <source>Point (25.62)</source>
        <translation>Punkt (25.62)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="85"/>
        <source>&amp;Keep contact photos as attachments of the people</source>
        <translation>Kontaktfotos als Anhänge der Personen be&amp;halten</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="93"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="96"/>
        <source>&amp;Encoding:</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="97"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="98"/>
        <source>Deci&amp;mal separator:</source>
        <translation>Dezi&amp;maltrennzeichen:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="99"/>
        <source>&amp;Sheet:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="101"/>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="112"/>
        <source>Import file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="114"/>
        <source>Import files (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Importdateien (*.csv *.txt *.xlsx *.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="147"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="147"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="147"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/file_page.py" line="148"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="153"/>
        <source>decimal comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="155"/>
        <source>decimal point</source>
        <translation>Dezimalpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_page.py" line="163"/>
        <source>sheet %1</source>
        <translation>Tabellenblatt %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/file_page.py" line="167"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="128"/>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="133"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Before you start, tell {app} who you are. Every entry you make is recorded with your name and your institution.</source>
        <translation>&lt;b&gt;Willkommen!&lt;/b&gt; Bevor Sie beginnen, teilen Sie {app} bitte mit, wer Sie sind. Jeder Eintrag, den Sie vornehmen, wird mit Ihrem Namen und Ihrer Institution gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>name@example.de</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="149"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="150"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>How do you want to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="155"/>
        <source>With an empty data&amp;base</source>
        <translation>Mit einer &amp;leeren Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="157"/>
        <source>With the &amp;demo network</source>
        <translation>Mit dem &amp;Demo-Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="159"/>
        <source>Fictitious companies, people and projects to look around with</source>
        <translation>Fiktive Unternehmen, Personen und Projekte zum Ausprobieren</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="162"/>
        <source>&amp;Connect to the shared office server…</source>
        <translation>Mit dem gemeinsamen Bü&amp;ro-Server verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="164"/>
        <source>Work on the database of your office; the administrator gives you a login</source>
        <translation>Mit der Datenbank Ihres Büros arbeiten; die Anmeldung erhalten Sie von der Administration</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="167"/>
        <source>Import a file (CSV, E&amp;xcel, vCard)…</source>
        <translation>Eine Datei i&amp;mportieren (CSV, Excel, vCard)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="180"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>FundingReportDialog</name>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="39"/>
        <source>Funding report</source>
        <translation>Förderbericht</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="51"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="52"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="68"/>
        <source>Filters of the dashboard: {filters}</source>
        <translation>Filter der Auswertung: {filters}</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="69"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="81"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="82"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="83"/>
        <source>File (.pdf or .xlsx)</source>
        <translation>Datei (.pdf oder .xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="99"/>
        <source>Save funding report</source>
        <translation>Förderbericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="101"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="110"/>
        <source>The file name must end in .pdf or .xlsx.</source>
        <translation>Der Dateiname muss auf .pdf oder .xlsx enden.</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="114"/>
        <source>The folder does not exist.</source>
        <translation>Den Ordner gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="120"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <location filename="../../ui/funding_report_dialog.py" line="143"/>
        <source>The report could not be written: {error}</source>
        <translation>Der Bericht konnte nicht geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="240"/>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="46"/>
        <source>Search everything… (Ctrl+K)</source>
        <translation>Alles durchsuchen… (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="47"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="61"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="62"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="63"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="64"/>
        <source>Needs</source>
        <translation>Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="65"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="66"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="77"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help/guide.py" line="37"/>
        <source>Quick guide</source>
        <translation>Kurzanleitung</translation>
    </message>
    <message>
        <location filename="../../ui/help/guide.py" line="46"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="35"/>
        <location filename="../../ui/importing/batches_dialog.py" line="47"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="39"/>
        <source>Imported</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="40"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="41"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="42"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="43"/>
        <source>Filled in</source>
        <translation>Ergänzt</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="44"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="57"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="59"/>
        <source>Remove what this import created and put back what it filled in</source>
        <translation>Entfernt, was dieser Import angelegt hat, und stellt wieder her, was er ergänzt hat</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="78"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="88"/>
        <source>Nothing has been imported yet.</source>
        <translation>Bisher wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="105"/>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="107"/>
        <source>Undo the import of “%1”? What it created is removed (organisations: %2, people: %3); fields it filled in are emptied again.</source>
        <translation>Den Import von „%1“ rückgängig machen? Was er angelegt hat, wird entfernt (Organisationen: %2, Personen: %3); Felder, die er ergänzt hat, werden wieder geleert.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="117"/>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht …</translation>
    </message>
    <message>
        <location filename="../../ui/importing/batches_dialog.py" line="121"/>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="12"/>
        <source>Organisation: name</source>
        <translation>Organisation: Name</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="13"/>
        <source>Organisation: legal form</source>
        <translation>Organisation: Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="14"/>
        <source>Organisation: street</source>
        <translation>Organisation: Straße</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="15"/>
        <source>Organisation: postcode</source>
        <translation>Organisation: PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="16"/>
        <source>Organisation: city</source>
        <translation>Organisation: Ort</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="17"/>
        <source>Organisation: website</source>
        <translation>Organisation: Website</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="18"/>
        <source>Organisation: phone</source>
        <translation>Organisation: Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="19"/>
        <source>Organisation: e-mail</source>
        <translation>Organisation: E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="20"/>
        <source>Organisation: VAT ID</source>
        <translation>Organisation: USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="21"/>
        <source>Organisation: register court</source>
        <translation>Organisation: Registergericht</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="24"/>
        <source>Organisation: register number</source>
        <translation>Organisation: Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="27"/>
        <source>Organisation: WZ 2008 code</source>
        <translation>Organisation: WZ-2008-Code</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="28"/>
        <source>Organisation: founded</source>
        <translation>Organisation: Gründungsjahr</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="29"/>
        <source>Organisation: competences</source>
        <translation>Organisation: Kompetenzen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="30"/>
        <source>Organisation: notes</source>
        <translation>Organisation: Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="31"/>
        <source>Organisation: country</source>
        <translation>Organisation: Land</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="32"/>
        <source>Person: salutation</source>
        <translation>Person: Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="33"/>
        <source>Person: academic title</source>
        <translation>Person: Titel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="34"/>
        <source>Person: first name</source>
        <translation>Person: Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="35"/>
        <source>Person: last name</source>
        <translation>Person: Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="36"/>
        <source>Person: function</source>
        <translation>Person: Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="37"/>
        <source>Person: department</source>
        <translation>Person: Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="38"/>
        <source>Person: phone</source>
        <translation>Person: Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="39"/>
        <source>Person: mobile</source>
        <translation>Person: Mobiltelefon</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="40"/>
        <source>Person: e-mail</source>
        <translation>Person: E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="41"/>
        <source>Person: notes</source>
        <translation>Person: Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="42"/>
        <source>Person: full name (salutation, title, first and last name)</source>
        <translation>Person: ganzer Name (Anrede, Titel, Vor- und Nachname)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="49"/>
        <source>Organisation: kind</source>
        <translation>Organisation: Art</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="62"/>
        <source>Organisation: municipality</source>
        <translation>Organisation: Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="50"/>
        <source>Organisation: employees</source>
        <translation>Organisation: Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="45"/>
        <source>Person: more details (further e-mails, phones, addresses as such; the rest in the notes)</source>
        <translation>Person: weitere Angaben (weitere E-Mail-Adressen, Telefonnummern, Anschriften als solche; der Rest in die Notizen)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="51"/>
        <source>Organisation: chamber</source>
        <translation>Organisation: Kammer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="52"/>
        <source>Organisation: Handwerksrolle</source>
        <translation>Organisation: Handwerksrolle</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="55"/>
        <source>Organisation: tags</source>
        <translation>Organisation: Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="56"/>
        <source>Organisation: Betreuer (a staff member&apos;s name)</source>
        <translation>Organisation: Betreuer (Name eines Mitarbeiters)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="63"/>
        <source>Organisation: status</source>
        <translation>Organisation: Status</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="64"/>
        <source>Organisation: source</source>
        <translation>Organisation: Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="65"/>
        <source>Person: preferred channel</source>
        <translation>Person: bevorzugter Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="66"/>
        <source>Person: legal basis</source>
        <translation>Person: Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="67"/>
        <source>Person: source of the data</source>
        <translation>Person: Herkunft der Daten</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="70"/>
        <source>same VAT ID</source>
        <translation>gleiche USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="71"/>
        <source>same trade-register entry</source>
        <translation>gleicher Handelsregistereintrag</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="72"/>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="73"/>
        <source>same web domain</source>
        <translation>gleiche Web-Domain</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="74"/>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="75"/>
        <source>similar name at the same address</source>
        <translation>ähnlicher Name an derselben Anschrift</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="76"/>
        <source>similar name, same postcode</source>
        <translation>ähnlicher Name, gleiche PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="77"/>
        <source>similar name, same city</source>
        <translation>ähnlicher Name, gleicher Ort</translation>
    </message>
    <message>
        <location filename="../../ui/importing/target_labels.py" line="78"/>
        <source>same name at the same organisation</source>
        <translation>gleicher Name bei derselben Organisation</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="25"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="33"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="74"/>
        <source>Invitation by e-mail</source>
        <translation>Einladung per E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="77"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="88"/>
        <source>As &amp;drafts into a folder (open in Outlook)</source>
        <translation>Als &amp;Entwürfe in einen Ordner (in Outlook öffnen)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="89"/>
        <source>Send through the &amp;mail server</source>
        <translation>Über den &amp;Mailserver senden</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="92"/>
        <location filename="../../ui/mail/invitation_dialog.py" line="213"/>
        <source>Folder for the drafts</source>
        <translation>Ordner für die Entwürfe</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="93"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="103"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="111"/>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="112"/>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="122"/>
        <source>Re&amp;cipients:</source>
        <translation>Empfän&amp;ger:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="123"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="125"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="129"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="130"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="131"/>
        <source>Encr&amp;yption:</source>
        <translation>Versch&amp;lüsselung:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="132"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="133"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="134"/>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Höchstrate:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="135"/>
        <source>C&amp;heck recipients</source>
        <translation>Empfänger p&amp;rüfen</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="137"/>
        <source>Writ&amp;e / send</source>
        <translation>Schreiben / sen&amp;den</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="140"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="248"/>
        <source>%1 people get a mail; %2 are left out.</source>
        <translation>%1 Personen erhalten eine E-Mail; %2 werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="293"/>
        <source>%1 drafts written to %2.</source>
        <translation>%1 Entwürfe geschrieben nach %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="320"/>
        <source>Sending invitations</source>
        <translation>Einladungen werden gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="322"/>
        <source>Mail %1 of %2</source>
        <translation>E-Mail %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="332"/>
        <source>%1 mails sent.</source>
        <translation>%1 E-Mails gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="334"/>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="338"/>
        <source>Perhaps sent, not sent again: %1</source>
        <translation>Vielleicht gesendet, nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mail/invitation_dialog.py" line="346"/>
        <source>Cancelled. The remaining mails can be sent later; nobody gets one twice.</source>
        <translation>Abgebrochen. Die übrigen E-Mails können später gesendet werden; niemand erhält eine doppelt.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/events/event_actions.py" line="58"/>
        <source>Invite a target group</source>
        <translation>Zielgruppe einladen</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="60"/>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="62"/>
        <source>&amp;New target group…</source>
        <translation>&amp;Neue Zielgruppe…</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="64"/>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="70"/>
        <source>&amp;Target group:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="74"/>
        <source>Everyone the group selects is invited and gets a letter with the event&apos;s date, place and registration deadline. Whoever objected to invitations or lacks the consent for them is left out and listed.</source>
        <translation>Alle, die die Zielgruppe auswählt, werden eingeladen und erhalten einen Brief mit Termin, Ort und Anmeldeschluss. Wer Einladungen widersprochen hat oder die Einwilligung dafür nicht gegeben hat, wird ausgelassen und aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="80"/>
        <source>As e-mail &amp;drafts instead (a folder of .eml files)</source>
        <translation>Als E-Mail-Ent&amp;würfe (ein Ordner mit .eml-Dateien)</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="82"/>
        <source>One draft per person with an e-mail address; Outlook opens each to send.</source>
        <translation>Ein Entwurf je Person mit E-Mail-Adresse; Outlook öffnet jeden zum Senden.</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="87"/>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="117"/>
        <source>No saved target group yet: make a new one.</source>
        <translation>Noch keine gespeicherte Zielgruppe: Legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="121"/>
        <source>Selects %1 now.</source>
        <translation>Wählt derzeit %1 aus.</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <location filename="../../ui/privacy/forms.py" line="202"/>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="205"/>
        <source>e.g. member of the advisory board</source>
        <translation>z. B. Mitglied im Beirat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="207"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="208"/>
        <source>Keep &amp;until:</source>
        <translation>Behalten &amp;bis:</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="132"/>
        <location filename="../../ui/printing/labels_dialog.py" line="243"/>
        <source>Address labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="136"/>
        <source>Label sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="138"/>
        <source>Avery Zweckform 3474 – 70 × 37 mm, 24 per sheet</source>
        <translation>Avery Zweckform 3474 – 70 × 37 mm, 24 je Bogen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="140"/>
        <source>Avery L7163 – 99.1 × 38.1 mm, 14 per sheet</source>
        <translation>Avery L7163 – 99,1 × 38,1 mm, 14 je Bogen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="142"/>
        <source>First free label</source>
        <translation>Erstes freies Etikett</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="144"/>
        <source>On a sheet already partly used: the first label still free</source>
        <translation>Bei einem schon angebrochenen Bogen: das erste noch freie Etikett</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/labels_dialog.py" line="154"/>
        <source>all %n organisation(s) of the list</source>
        <translation>
            <numerusform>die %n Organisation der Liste</numerusform>
            <numerusform>alle %n Organisationen der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/labels_dialog.py" line="157"/>
        <source>only the %n selected organisation(s)</source>
        <translation>
            <numerusform>nur die %n ausgewählte Organisation</numerusform>
            <numerusform>nur die %n ausgewählten Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/labels_dialog.py" line="161"/>
        <source>all %n person(s) of the list</source>
        <translation>
            <numerusform>die %n Person der Liste</numerusform>
            <numerusform>alle %n Personen der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/labels_dialog.py" line="164"/>
        <source>only the %n selected person(s)</source>
        <translation>
            <numerusform>nur die %n ausgewählte Person</numerusform>
            <numerusform>nur die %n ausgewählten Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="174"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Bogen:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="176"/>
        <source>&amp;First free label:</source>
        <translation>&amp;Erstes freies Etikett:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="182"/>
        <source>Labels for:</source>
        <translation>Etiketten für:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="185"/>
        <source>&amp;Preview labels…</source>
        <translation>Etiketten in der &amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="187"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="245"/>
        <source>Label %1 of %2</source>
        <translation>Etikett %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="265"/>
        <source>Address labels %1</source>
        <translation>Adressetiketten %1</translation>
    </message>
</context>
<context>
    <name>LeftOutTable</name>
    <message>
        <location filename="../../ui/widgets/recipients.py" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipients.py" line="48"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipients.py" line="53"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="54"/>
        <source>Letterhead – %1</source>
        <translation>Briefkopf – %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="64"/>
        <source>e.g. WF Dortmund · Töllnerstraße 9–11 · 44122 Dortmund</source>
        <translation>z. B. WF Dortmund · Töllnerstraße 9–11 · 44122 Dortmund</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="68"/>
        <location filename="../../ui/printing/letterhead_dialog.py" line="229"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="70"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="72"/>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="78"/>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="84"/>
        <source>Bank details, register court, managing director …</source>
        <translation>Bankverbindung, Registergericht, Geschäftsführung …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="118"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="119"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="124"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="125"/>
        <source>Sen&amp;der line:</source>
        <translation>A&amp;bsenderzeile:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="126"/>
        <source>S&amp;treet:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="127"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="128"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="129"/>
        <source>&amp;Web:</source>
        <translation>&amp;Web:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="133"/>
        <source>Postcode, &amp;city:</source>
        <translation>PLZ, &amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="136"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="137"/>
        <source>&amp;Footer:</source>
        <translation>F&amp;ußzeile:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="144"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="146"/>
        <source>Sa&amp;mple page…</source>
        <translation>&amp;Musterseite…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="147"/>
        <source>A page with this letterhead, before saving</source>
        <translation>Eine Seite mit diesem Briefkopf, schon vor dem Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="212"/>
        <source>Choose logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="214"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="235"/>
        <source>This file cannot be read as an image.</source>
        <translation>Diese Datei lässt sich nicht als Bild lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="294"/>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="296"/>
        <source>Somebody else changed the letterhead after you opened it. Your entries stay here; close the dialog and open it again to see the other changes.</source>
        <translation>Jemand anderes hat den Briefkopf geändert, nachdem Sie ihn geöffnet haben. Ihre Eingaben bleiben hier stehen; schließen Sie den Dialog und öffnen Sie ihn erneut, um die anderen Änderungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="306"/>
        <location filename="../../ui/printing/letterhead_dialog.py" line="319"/>
        <source>Letterhead</source>
        <translation>Briefkopf</translation>
    </message>
    <message>
        <location filename="../../ui/printing/letterhead_dialog.py" line="321"/>
        <source>Letterhead %1</source>
        <translation>Briefkopf %1</translation>
    </message>
</context>
<context>
    <name>MailFiling</name>
    <message>
        <location filename="../../ui/mail/file_mails.py" line="38"/>
        <source>File e-mail</source>
        <translation>E-Mail ablegen</translation>
    </message>
    <message>
        <location filename="../../ui/mail/file_mails.py" line="41"/>
        <source>On which organisation should the e-mail “{subject}” from {sender} be filed?</source>
        <translation>Bei welcher Organisation soll die E-Mail „{subject}“ von {sender} abgelegt werden?</translation>
    </message>
    <message>
        <location filename="../../ui/mail/file_mails.py" line="49"/>
        <source>Organisations found by the addresses</source>
        <translation>Über die Adressen gefundene Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/mail/file_mails.py" line="55"/>
        <source>No organisation (only the people found)</source>
        <translation>Keine Organisation (nur die gefundenen Personen)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/file_mails.py" line="62"/>
        <source>or another organisation: type its name</source>
        <translation>oder eine andere Organisation: Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/mail/file_mails.py" line="98"/>
        <source>{file}: not an e-mail that can be read ({reason})</source>
        <translation>{file}: keine lesbare E-Mail ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/mail/file_mails.py" line="110"/>
        <source>{file}: not filed (cancelled)</source>
        <translation>{file}: nicht abgelegt (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mail/file_mails.py" line="125"/>
        <source>%n e-mail(s) filed as activity.</source>
        <translation>
            <numerusform>%n E-Mail als Aktivität abgelegt.</numerusform>
            <numerusform>%n E-Mails als Aktivität abgelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mail/file_mails.py" line="129"/>
        <source>%n e-mail(s) had been filed already.</source>
        <translation>
            <numerusform>%n E-Mail war schon abgelegt.</numerusform>
            <numerusform>%n E-Mails waren schon abgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mail/file_mails.py" line="136"/>
        <source>Too large, not kept: {files}</source>
        <translation>Zu groß, nicht gespeichert: {files}</translation>
    </message>
</context>
<context>
    <name>MailMergeDialog</name>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="179"/>
        <location filename="../../ui/printing/mail_merge.py" line="373"/>
        <location filename="../../ui/printing/mail_merge.py" line="469"/>
        <source>Mail merge</source>
        <translation>Serienbrief</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="183"/>
        <source>Letter template</source>
        <translation>Briefvorlage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/mail_merge.py" line="191"/>
        <source>the primary contacts of all %n organisation(s) of the list</source>
        <translation>
            <numerusform>die Hauptansprechperson der %n Organisation der Liste</numerusform>
            <numerusform>die Hauptansprechpersonen aller %n Organisationen der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/mail_merge.py" line="194"/>
        <source>the primary contacts of the %n selected organisation(s)</source>
        <translation>
            <numerusform>die Hauptansprechperson der %n ausgewählten Organisation</numerusform>
            <numerusform>die Hauptansprechpersonen der %n ausgewählten Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/mail_merge.py" line="198"/>
        <source>all %n person(s) of the list</source>
        <translation>
            <numerusform>die %n Person der Liste</numerusform>
            <numerusform>alle %n Personen der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/mail_merge.py" line="201"/>
        <source>only the %n selected person(s)</source>
        <translation>
            <numerusform>nur die %n ausgewählte Person</numerusform>
            <numerusform>nur die %n ausgewählten Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="206"/>
        <source>List “%1”, filtered by “%2”</source>
        <translation>Liste „%1“, gefiltert nach „%2“</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="210"/>
        <source>List “%1”</source>
        <translation>Liste „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="217"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="219"/>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="227"/>
        <source>&amp;Look at the first letters…</source>
        <translation>Die ersten Briefe &amp;ansehen…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="229"/>
        <source>The first %1 letters, to check the template before the whole run</source>
        <translation>Die ersten %1 Briefe, um die Vorlage vor dem ganzen Lauf zu prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="233"/>
        <source>&amp;Create letters…</source>
        <translation>Briefe &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="235"/>
        <source>By e-&amp;mail…</source>
        <translation>Per E-&amp;Mail…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="237"/>
        <source>The same template as a personal e-mail to each of the recipients</source>
        <translation>Dieselbe Vorlage als persönliche E-Mail an jeden Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="240"/>
        <source>&amp;Word template…</source>
        <translation>&amp;Word-Vorlage…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="242"/>
        <source>The institution&apos;s own Word letterhead filled for each of the recipients</source>
        <translation>Der eigene Word-Briefkopf der Institution, für jeden Empfänger ausgefüllt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="245"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="257"/>
        <source>There is no letter template.</source>
        <translation>Es gibt keine Briefvorlage.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="341"/>
        <source>None of the first people can be written to.</source>
        <translation>Keine der ersten Personen kann angeschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="347"/>
        <source>Mail merge %1 (first letters)</source>
        <translation>Serienbrief %1 (erste Briefe)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="375"/>
        <source>Letter %1 of %2</source>
        <translation>Brief %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="430"/>
        <source>%1 letters created. Left out: %2 (see below).</source>
        <translation>%1 Briefe erstellt. Ausgelassen: %2 (siehe unten).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="432"/>
        <source>%1 letters created.</source>
        <translation>%1 Briefe erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="446"/>
        <source>Mail merge %1</source>
        <translation>Serienbrief %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Drop files on the attachments of a record to keep them there.</source>
        <translation>Legen Sie Dateien auf den Anhängen eines Datensatzes ab, um sie dort aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Not handed over by Outlook; copy them in Outlook and paste them with Ctrl+Shift+V: {names}</source>
        <translation>Von Outlook nicht übergeben; kopieren Sie sie in Outlook und fügen Sie sie mit Strg+Umschalt+V ein: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>The clipboard holds no e-mails: select them in Outlook and copy them.</source>
        <translation>In der Zwischenablage sind keine E-Mails: Markieren Sie sie in Outlook und kopieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>Create a new entry in the current list (Ctrl+N)</source>
        <translation>Neuen Eintrag in der aktuellen Liste anlegen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>Record &amp;visit…</source>
        <translation>Bes&amp;uch erfassen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>Record a visit, call or meeting (Ctrl+Shift+N)</source>
        <translation>Besuch, Telefonat oder Termin erfassen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Edit the selected entry (Return)</source>
        <translation>Ausgewählten Eintrag bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>Delete the selected entry (Del)</source>
        <translation>Ausgewählten Eintrag löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>&amp;Filter list</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>&amp;Search everything</source>
        <translation>&amp;Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Back to the record shown before (Alt+Left)</source>
        <translation>Zurück zum vorher gezeigten Eintrag (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>E&amp;xport list…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Save the list as shown (filter, order, columns) as CSV, Excel or vCard</source>
        <translation>Die Liste so speichern, wie sie angezeigt wird (Filter, Sortierung, Spalten): als CSV, Excel oder vCard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Load &amp;demo network…</source>
        <translation>&amp;Demo-Netzwerk laden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Move to the &amp;office database…</source>
        <translation>In Bür&amp;o-Datenbank übernehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>Copy this computer&apos;s database to the shared office server (administrator)</source>
        <translation>Die Datenbank dieses Computers auf den gemeinsamen Büro-Server kopieren (Administration)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Im&amp;ports…</source>
        <translation>Im&amp;porte…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>The latest imports; undo one as a whole</source>
        <translation>Die letzten Importe; einen davon als Ganzes rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Find duplica&amp;tes…</source>
        <translation>&amp;Dubletten suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Data protection &amp;review…</source>
        <translation>Datenschutz-&amp;Prüfung…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Change pass&amp;word…</source>
        <translation>Pa&amp;sswort ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Restore bac&amp;kup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>Put a backup of the local database in place of the current one</source>
        <translation>Eine Sicherung der lokalen Datenbank anstelle der aktuellen verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Copy the local database into the backup folder now (kept like the others)</source>
        <translation>Die lokale Datenbank jetzt in den Sicherungsordner kopieren (aufbewahrt wie die anderen Sicherungen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>&amp;About In|Die Desktop</source>
        <translation>Ü&amp;ber In|Die Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Kurzanleitung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>&amp;Funding report…</source>
        <translation>&amp;Förderbericht…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>Figures, charts and evidence of a period as PDF or Excel for the funder</source>
        <translation>Kennzahlen, Diagramme und Nachweise eines Zeitraums als PDF oder Excel für den Fördergeber</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>Needs &amp;radar…</source>
        <translation>Bedarfs&amp;radar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512"/>
        <source>Carry open needs to a university: digest, answers, referrals</source>
        <translation>Offene Bedarfe an eine Hochschule tragen: Übersicht, Antworten, Vermittlungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>&amp;Technology terms…</source>
        <translation>&amp;Fachbegriffe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>Terms and synonyms the partner suggestions match with</source>
        <translation>Begriffe und Synonyme, mit denen die Partnervorschläge suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>Paste e-&amp;mails from Outlook</source>
        <translation>E-&amp;Mails aus Outlook einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>The mails copied in Outlook (Ctrl+C), each filed where its addresses point</source>
        <translation>Die in Outlook kopierten E-Mails (Strg+C), jede dort abgelegt, wohin ihre Adressen zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="575"/>
        <source>E&amp;xtras</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="578"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="624"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="641"/>
        <source>Database: {database}</source>
        <translation>Datenbank: {database}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>User: {name}</source>
        <translation>Benutzer: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="829"/>
        <source>Visit recorded.</source>
        <translation>Besuch erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="907"/>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="960"/>
        <source>Demo network</source>
        <translation>Demo-Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="962"/>
        <source>The demo network can only be loaded into an empty database, so that it never mixes with real contacts.</source>
        <translation>Das Demo-Netzwerk kann nur in eine leere Datenbank geladen werden, damit es sich nie mit echten Kontakten vermischt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="986"/>
        <source>Your password has been changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1033"/>
        <source>This login is not registered as a staff member of the network.</source>
        <translation>Dieser Anmeldename ist keiner Mitarbeiterin und keinem Mitarbeiter des Netzwerks zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1077"/>
        <source>Backup saved: {file}</source>
        <translation>Sicherung gespeichert: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1079"/>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="37"/>
        <source>Assign the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="39"/>
        <source>Known layouts are assigned already. Columns without a field are not imported.</source>
        <translation>Bekannte Formate sind bereits zugeordnet. Spalten ohne Feld werden nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="43"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="43"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="43"/>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="49"/>
        <source>Saved mappings</source>
        <translation>Gespeicherte Zuordnungen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="50"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="52"/>
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="56"/>
        <source>import anyway and list them</source>
        <translation>trotzdem importieren und auflisten</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="57"/>
        <source>skip the row</source>
        <translation>Zeile überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="58"/>
        <source>fill in the existing record</source>
        <translation>vorhandenen Datensatz ergänzen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="63"/>
        <source>Saved mappings:</source>
        <translation>Gespeicherte Zuordnungen:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="68"/>
        <source>Likely duplicates:</source>
        <translation>Wahrscheinliche Dubletten:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="97"/>
        <source>— not imported —</source>
        <translation>— nicht importieren —</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="122"/>
        <source>Columns not imported: %1</source>
        <translation>Nicht übernommene Spalten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="125"/>
        <source>vCard properties not imported: %1</source>
        <translation>Nicht übernommene vCard-Eigenschaften: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="128"/>
        <source>Lines that could not be read: %1</source>
        <translation>Nicht lesbare Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="155"/>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="155"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="164"/>
        <source>Assign at least one column to a field.</source>
        <translation>Ordnen Sie mindestens eine Spalte einem Feld zu.</translation>
    </message>
</context>
<context>
    <name>MatrixChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="391"/>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="408"/>
        <source>to partner →</source>
        <translation>an Partner →</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../ui/dialogs/membership_dialog.py" line="40"/>
        <source>In the network – %1</source>
        <translation>Im Netzwerk – %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membership_dialog.py" line="44"/>
        <source>Not recorded yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membership_dialog.py" line="47"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membership_dialog.py" line="64"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membership_dialog.py" line="72"/>
        <source>S&amp;ince:</source>
        <translation>Se&amp;it:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membership_dialog.py" line="80"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membership_dialog.py" line="87"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membership_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="69"/>
        <source>Merge duplicates</source>
        <translation>Dubletten zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="71"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="72"/>
        <source>&lt;b&gt;Kept record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bleibender Datensatz&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="73"/>
        <source>&lt;b&gt;Duplicate (will be removed)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dublette (wird entfernt)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="81"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="97"/>
        <source>The duplicate holds nothing the kept record lacks.</source>
        <translation>Die Dublette enthält nichts, was dem bleibenden Datensatz fehlt.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="107"/>
        <source>Everything linked to the duplicate (people, visits, needs, referrals, tasks, tags, attachments, projects) moves to the kept record. The merge can be undone.</source>
        <translation>Alles, was mit der Dublette verknüpft ist (Personen, Besuche, Bedarfe, Vermittlungen, Aufgaben, Schlagwörter, Anhänge, Projekte), geht auf den bleibenden Datensatz über. Die Zusammenführung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="115"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="57"/>
        <source>As the need&apos;s words say</source>
        <translation>Wie der Bedarf es sagt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="59"/>
        <source>&amp;Partner sought:</source>
        <translation>Gesuchter &amp;Partner:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="100"/>
        <source>New follow-up need</source>
        <translation>Neuer Folgebedarf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="101"/>
        <source>New need</source>
        <translation>Neuer Bedarf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="104"/>
        <source>Edit need – %1</source>
        <translation>Bedarf bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="6"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="13"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="15"/>
        <source>Type part of the name</source>
        <translation>Teil des Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="25"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="37"/>
        <source>Wanted &amp;competence:</source>
        <translation>Gesuchte &amp;Kompetenz:</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="39"/>
        <source>e.g. Lasersintern, Werkstoffprüfung</source>
        <translation>z. B. Lasersintern, Werkstoffprüfung</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="49"/>
        <source>Sector sought (&amp;WZ):</source>
        <translation>Gesuchte Branche (&amp;WZ):</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="61"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="65"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="89"/>
        <source>Visi&amp;ble to:</source>
        <translation>Sicht&amp;bar für:</translation>
    </message>
    <message>
        <location filename="../../../forms/need_dialog.ui" line="77"/>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <location filename="../../ui/views/needs_view.py" line="42"/>
        <location filename="../../ui/views/needs_view.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="43"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="48"/>
        <source>&amp;Refer…</source>
        <translation>&amp;Vermitteln…</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="51"/>
        <source>Refer the selected need to partners (Ctrl+R)</source>
        <translation>Den gewählten Bedarf an Partner vermitteln (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="69"/>
        <source>Found</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="70"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="71"/>
        <location filename="../../ui/views/needs_view.py" line="148"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="73"/>
        <location filename="../../ui/views/needs_view.py" line="149"/>
        <source>Wanted competence</source>
        <translation>Gesuchte Kompetenz</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="75"/>
        <source>WZ</source>
        <translation>WZ</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="76"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="84"/>
        <source>Needs</source>
        <translation>Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="87"/>
        <source>Filter by topic or organisation… (Ctrl+F)</source>
        <translation>Nach Thema oder Organisation filtern… (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="93"/>
        <source>Delete the need “{name}”?</source>
        <translation>Den Bedarf „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="96"/>
        <source>Need “{name}” deleted.</source>
        <translation>Bedarf „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="99"/>
        <source>No needs yet. Record one with New (Ctrl+N).</source>
        <translation>Noch keine Bedarfe. Erfassen Sie einen mit Neu (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="150"/>
        <source>Wanted WZ area</source>
        <translation>Gesuchter WZ-Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="151"/>
        <source>Found on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="162"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/views/needs_view.py" line="163"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>(person)</source>
        <translation>(Person)</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../ui/privacy/forms.py" line="179"/>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="186"/>
        <source>e.g. by phone, letter of 12.03.</source>
        <translation>z. B. telefonisch, Brief vom 12.03.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="187"/>
        <source>&amp;Objects to:</source>
        <translation>&amp;Widerspricht:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="188"/>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/forms.py" line="189"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/dialogs/organisation_dialog.py" line="44"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisation_dialog.py" line="50"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisation_dialog.py" line="63"/>
        <source>E&amp;xtra contact details</source>
        <translation>We&amp;itere Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisation_dialog.py" line="109"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisation_dialog.py" line="112"/>
        <source>Edit organisation – %1</source>
        <translation>Organisation bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="14"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="27"/>
        <source>&amp;General</source>
        <translation>Stamm&amp;daten</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="65"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="78"/>
        <source>&amp;Legal form:</source>
        <translation>Rechts&amp;form:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="107"/>
        <source>Se&amp;ctor (WZ 2008):</source>
        <translation>&amp;Wirtschaftszweig (WZ 2008):</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="136"/>
        <source>&amp;Employees:</source>
        <translation>&amp;Beschäftigte:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="149"/>
        <source>&amp;Founded in:</source>
        <translation>&amp;Gründungsjahr:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="159"/>
        <source>e.g. 1998</source>
        <translation>z. B. 1998</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="191"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="204"/>
        <source>Res&amp;ponsible:</source>
        <translation>Betre&amp;uung:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="217"/>
        <source>&amp;Visibility:</source>
        <translation>Sichtbar&amp;keit:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="231"/>
        <source>C&amp;ontact</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="240"/>
        <source>S&amp;treet:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="269"/>
        <source>Post&amp;code / city:</source>
        <translation>&amp;PLZ / Ort:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="306"/>
        <source>Country (empty: Germany)</source>
        <translation>Land (leer: Deutschland)</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="309"/>
        <source>The country decides how the postcode and phone number are checked; abroad it is printed in capitals on the last line of the address.</source>
        <translation>Das Land bestimmt, wie Postleitzahl und Telefonnummer geprüft werden; im Ausland steht es in Großbuchstaben in der letzten Zeile der Anschrift.</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="350"/>
        <source>M&amp;unicipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="363"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="373"/>
        <source>www.example.de</source>
        <translation>www.beispiel.de</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="396"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="429"/>
        <source>E-m&amp;ail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="459"/>
        <source>&amp;Register &amp;&amp; chamber</source>
        <translation>&amp;Register &amp;&amp; Kammer</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="468"/>
        <source>Register &amp;court:</source>
        <translation>Register&amp;gericht:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="478"/>
        <source>e.g. Amtsgericht Dortmund</source>
        <translation>z. B. Amtsgericht Dortmund</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="501"/>
        <source>Register &amp;number:</source>
        <translation>Register&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="511"/>
        <source>e.g. HRB 12345</source>
        <translation>z. B. HRB 12345</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="534"/>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="567"/>
        <source>C&amp;hamber:</source>
        <translation>&amp;Kammerzugehörigkeit:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="580"/>
        <source>Entered in the Hand&amp;werksrolle (register of crafts)</source>
        <translation>In die &amp;Handwerksrolle eingetragen</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="588"/>
        <source>Co&amp;mpetences &amp;&amp; notes</source>
        <translation>Ko&amp;mpetenzen &amp;&amp; Notizen</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="597"/>
        <source>&amp;Competences:</source>
        <translation>&amp;Kompetenzen:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="630"/>
        <source>T&amp;ags:</source>
        <translation>Schl&amp;agwörter:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="640"/>
        <source>separated by commas, e.g. automotive, laser</source>
        <translation>durch Kommas getrennt, z. B. Automotive, Laser</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="663"/>
        <source>So&amp;urce:</source>
        <translation>&amp;Herkunft der Daten:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="673"/>
        <source>e.g. trade fair, company visit</source>
        <translation>z. B. Messe, Firmenbesuch</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="696"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="74"/>
        <source>Kind of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="75"/>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="80"/>
        <source>Record &amp;visit…</source>
        <translation>Bes&amp;uch erfassen …</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="74"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="80"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="82"/>
        <location filename="../../ui/views/organisations_view.py" line="244"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="88"/>
        <location filename="../../ui/views/organisations_view.py" line="245"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="91"/>
        <source>WZ code</source>
        <translation>WZ-Code</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="94"/>
        <location filename="../../ui/views/organisations_view.py" line="255"/>
        <source>Responsible</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="81"/>
        <source>Add &amp;relation…</source>
        <translation>&amp;Beziehung hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="83"/>
        <source>In the &amp;network…</source>
        <translation>Im &amp;Netzwerk…</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="133"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="138"/>
        <source>(in the network since %1)</source>
        <translation>(im Netzwerk seit %1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="166"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="169"/>
        <source>Filter by name, city, postcode, competence, WZ code… (Ctrl+F)</source>
        <translation>Filtern nach Name, Ort, PLZ, Kompetenz, WZ-Code … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="173"/>
        <source>Delete the organisation “{name}”?

Its people stay; their link to it is hidden.</source>
        <translation>Organisation „{name}“ löschen?

Die zugeordneten Personen bleiben erhalten; ihre Zuordnung zu dieser Organisation wird ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="177"/>
        <source>Organisation “{name}” deleted.</source>
        <translation>Organisation „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="185"/>
        <source>It is part of {needs} need(s), {referrals} referral(s) and {cooperations} cooperation(s). They are kept and still name it; you can undo the delete.</source>
        <translation>Sie ist an {needs} Bedarf(en), {referrals} Vermittlung(en) und {cooperations} Kooperation(en) beteiligt. Diese bleiben erhalten und nennen sie weiterhin; Sie können das Löschen rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="192"/>
        <source>No organisations yet. Create one with New (Ctrl+N), or load the demo network from the File menu to look around.</source>
        <translation>Noch keine Organisationen. Legen Sie mit „Neu“ (Strg+N) eine an oder laden Sie zum Ausprobieren das Demo-Netzwerk über das Menü „Datei“.</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="235"/>
        <source>entered in the Handwerksrolle</source>
        <translation>in die Handwerksrolle eingetragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="243"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="246"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="247"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="249"/>
        <source>WZ 2008</source>
        <translation>WZ 2008</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="250"/>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="251"/>
        <source>Founded</source>
        <translation>Gründungsjahr</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="252"/>
        <source>Trade register</source>
        <translation>Registereintrag</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="253"/>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="254"/>
        <source>Chamber</source>
        <translation>Kammer</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="256"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="257"/>
        <source>Source</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="259"/>
        <source>Visible to</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="273"/>
        <source>Unit of</source>
        <translation>Einheit von</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="286"/>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="287"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="288"/>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="289"/>
        <source>In the network</source>
        <translation>Im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="290"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="291"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="299"/>
        <source>Parent company of</source>
        <translation>Mutter von</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="300"/>
        <source>Customer of</source>
        <translation>Abnehmer von</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="301"/>
        <source>Has as member</source>
        <translation>Hat als Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="302"/>
        <source>Cooperation partner of</source>
        <translation>Kooperationspartner von</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="303"/>
        <source>Has as spin-off</source>
        <translation>Hat als Ausgründung</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="64"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="66"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="67"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="68"/>
        <source>Cost share</source>
        <translation>Kostenanteil</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="69"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="136"/>
        <source>Find a participant… (check-in: Space = attended)</source>
        <translation>Teilnehmende suchen… (Einlass: Leertaste = teilgenommen)</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="138"/>
        <source>Find a participant</source>
        <translation>Teilnehmende suchen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="154"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="162"/>
        <source>A&amp;ttended</source>
        <translation>&amp;Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="163"/>
        <source>Re&amp;gistered</source>
        <translation>An&amp;gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="164"/>
        <source>Can&amp;celled</source>
        <translation>Abge&amp;sagt</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="165"/>
        <source>&amp;No-show</source>
        <translation>&amp;Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="174"/>
        <source>Cost &amp;share (EUR):</source>
        <translation>&amp;Kostenanteil (EUR):</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="177"/>
        <source>Cost share of the selected participant</source>
        <translation>Kostenanteil der ausgewählten Teilnahme</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="185"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="189"/>
        <source>Role of the selected participant</source>
        <translation>Rolle der ausgewählten Teilnahme</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="192"/>
        <source>&amp;Wishes, notes:</source>
        <translation>Hin&amp;weise:</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="194"/>
        <source>dietary wishes, accessibility…</source>
        <translation>Essenswünsche, Barrierefreiheit…</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="195"/>
        <source>Notes on the selected participant</source>
        <translation>Hinweise zur ausgewählten Teilnahme</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="253"/>
        <source>Nobody yet: invite a target group or import the registrations.</source>
        <translation>Noch niemand: Laden Sie eine Zielgruppe ein oder importieren Sie die Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="290"/>
        <source>Cannot save the participant</source>
        <translation>Die Teilnahme kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="310"/>
        <source>Cannot save the cost share</source>
        <translation>Der Kostenanteil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants_panel.py" line="327"/>
        <source>Cannot change the status</source>
        <translation>Status kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="53"/>
        <source>The new password applies to your login {login} on every computer. It needs at least 10 characters.</source>
        <translation>Das neue Passwort gilt für Ihre Anmeldung {login} an jedem Computer. Es muss mindestens 10 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="59"/>
        <source>&amp;Change password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="115"/>
        <source>The remembered password was replaced in the keyring.</source>
        <translation>Das gespeicherte Passwort wurde im Schlüsselbund ersetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="119"/>
        <source>The keyring refused the new password; you will be asked for it next time.</source>
        <translation>Der Schlüsselbund hat das neue Passwort nicht angenommen; Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
    <message>
        <location filename="../../../forms/password_dialog.ui" line="6"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../../forms/password_dialog.ui" line="17"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location filename="../../../forms/password_dialog.ui" line="28"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../../../forms/password_dialog.ui" line="39"/>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../domain/list_columns.py" line="104"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="106"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="109"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="114"/>
        <location filename="../../ui/views/people_view.py" line="123"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="115"/>
        <location filename="../../ui/views/people_view.py" line="125"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="94"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="97"/>
        <source>Filter by name, e-mail, function, department… (Ctrl+F)</source>
        <translation>Filtern nach Name, E-Mail, Funktion, Abteilung … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="103"/>
        <source>Delete the person “{name}”?</source>
        <translation>Person „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="106"/>
        <source>Person “{name}” deleted.</source>
        <translation>Person „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="109"/>
        <source>No people yet. Create one with New (Ctrl+N).</source>
        <translation>Noch keine Personen. Legen Sie mit „Neu“ (Strg+N) eine an.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="122"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="124"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="127"/>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="128"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="129"/>
        <source>Source of the data</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="130"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="132"/>
        <source>Visible to</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="141"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="142"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="118"/>
        <source>any</source>
        <translation>keine Präferenz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="119"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="123"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="145"/>
        <source>E&amp;xtra contact details</source>
        <translation>We&amp;itere Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="180"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="183"/>
        <source>Edit person – %1</source>
        <translation>Person bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="297"/>
        <source>The organisation shown with this person in lists</source>
        <translation>Die Organisation, die in Listen bei dieser Person angezeigt wird</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="377"/>
        <source>Row %1 (%2), %3: %4</source>
        <translation>Zeile %1 (%2), %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="379"/>
        <source>Row %1, %3: %4</source>
        <translation>Zeile %1, %3: %4</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="14"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="27"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="36"/>
        <source>Sa&amp;lutation:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="49"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="82"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="111"/>
        <source>Last &amp;name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="140"/>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="150"/>
        <source>e.g. Managing director</source>
        <translation>z. B. Geschäftsführung</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="173"/>
        <source>D&amp;epartment:</source>
        <translation>A&amp;bteilung:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="202"/>
        <source>&amp;Visibility:</source>
        <translation>Sichtbar&amp;keit:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="216"/>
        <source>C&amp;ontact</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="225"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="258"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="291"/>
        <source>E-ma&amp;il:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="320"/>
        <source>Pr&amp;eferred channel:</source>
        <translation>Bevorzugter &amp;Kontaktweg:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="334"/>
        <source>Or&amp;ganisations</source>
        <translation>Or&amp;ganisationen</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="340"/>
        <source>Organisations this person works for. Type in the Organisation column to search; dates as DD.MM.YYYY; leave Until empty while it lasts.</source>
        <translation>Organisationen, für die diese Person tätig ist. Zum Suchen in der Spalte „Organisation“ tippen; Datumsangaben als TT.MM.JJJJ; „Bis“ leer lassen, solange die Tätigkeit andauert.</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="363"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="368"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="373"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="378"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="383"/>
        <source>Primary</source>
        <translation>Hauptzuordnung</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="409"/>
        <source>&amp;Add organisation</source>
        <translation>Organisation &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="419"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="445"/>
        <source>&amp;Data protection &amp;&amp; notes</source>
        <translation>&amp;Datenschutz &amp;&amp; Notizen</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="454"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="467"/>
        <source>Data so&amp;urce:</source>
        <translation>&amp;Herkunft der Daten:</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="477"/>
        <source>e.g. business card, company visit</source>
        <translation>z. B. Visitenkarte, Firmenbesuch</translation>
    </message>
    <message>
        <location filename="../../../forms/person_dialog.ui" line="500"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <location filename="../../ui/printing/commands.py" line="52"/>
        <source>Print &amp;selection…</source>
        <translation>Auswahl &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="55"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="58"/>
        <source>Print what is selected: contact sheet, referral letter, attendance list (Ctrl+P)</source>
        <translation>Das Ausgewählte drucken: Kontaktblatt, Vermittlungsschreiben, Anwesenheitsliste (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="62"/>
        <source>&amp;Contact sheet</source>
        <translation>&amp;Kontaktblatt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="65"/>
        <source>Contact sheets of the selected organisations, as one document</source>
        <translation>Kontaktblätter der ausgewählten Organisationen, als ein Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="67"/>
        <source>&amp;Person sheet</source>
        <translation>&amp;Personenblatt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="69"/>
        <source>&amp;Referral letter…</source>
        <translation>&amp;Vermittlungsschreiben…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="71"/>
        <source>&amp;Mail merge…</source>
        <translation>&amp;Serienbrief…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="73"/>
        <source>One letter to each person of the list as filtered now</source>
        <translation>Ein Brief an jede Person der Liste, so wie sie jetzt gefiltert ist</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="75"/>
        <source>Address &amp;labels…</source>
        <translation>Adress&amp;etiketten…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="77"/>
        <source>&amp;Attendance list</source>
        <translation>&amp;Anwesenheitsliste</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="79"/>
        <source>&amp;Letterhead…</source>
        <translation>&amp;Briefkopf…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="80"/>
        <source>The letterhead of your institution</source>
        <translation>Der Briefkopf Ihrer Einrichtung</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="82"/>
        <source>P&amp;rint</source>
        <translation>D&amp;rucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="227"/>
        <location filename="../../ui/printing/commands.py" line="235"/>
        <source>Contact sheet</source>
        <translation>Kontaktblatt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="227"/>
        <location filename="../../ui/printing/commands.py" line="235"/>
        <source>Contact sheets (%1)</source>
        <translation>Kontaktblätter (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="244"/>
        <source>Attendance list %1</source>
        <translation>Anwesenheitsliste %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="265"/>
        <source>Referral letter</source>
        <translation>Vermittlungsschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="270"/>
        <source>The letter is recorded on the referral.</source>
        <translation>Das Schreiben ist bei der Vermittlung vermerkt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="313"/>
        <source>Letterhead</source>
        <translation>Briefkopf</translation>
    </message>
    <message>
        <location filename="../../ui/printing/commands.py" line="326"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
</context>
<context>
    <name>PrintJobDialog</name>
    <message>
        <location filename="../../ui/printing/job.py" line="48"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/job.py" line="73"/>
        <source>Finishing the document…</source>
        <translation>Das Dokument wird fertiggestellt…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="128"/>
        <source>Print preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="152"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="156"/>
        <source>Previous page (Page Up)</source>
        <translation>Vorige Seite (Bild auf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="158"/>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="162"/>
        <location filename="../../ui/printing/preview.py" line="180"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="166"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="168"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="171"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="172"/>
        <source>Page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="173"/>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="189"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="190"/>
        <source>Print with the system&apos;s print dialog (Ctrl+P)</source>
        <translation>Über den Druckdialog des Systems drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="192"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="193"/>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Das Dokument als PDF-Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="195"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>Im PDF-Betrachter ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="196"/>
        <source>Open the document in the system&apos;s PDF viewer</source>
        <translation>Das Dokument im PDF-Betrachter des Systems öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="198"/>
        <source>Open as &amp;Word document</source>
        <translation>Als &amp;Word-Dokument öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="200"/>
        <source>The same letter as a Word document, to change a sentence in Word</source>
        <translation>Derselbe Brief als Word-Dokument, um einen Satz in Word zu ändern</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="204"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="283"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="335"/>
        <location filename="../../ui/printing/preview.py" line="429"/>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="353"/>
        <location filename="../../ui/printing/preview.py" line="364"/>
        <location filename="../../ui/printing/preview.py" line="405"/>
        <location filename="../../ui/printing/preview.py" line="420"/>
        <location filename="../../ui/printing/preview.py" line="465"/>
        <source>Could not print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="353"/>
        <source>The document has no pages.</source>
        <translation>Das Dokument hat keine Seiten.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="421"/>
        <source>The printer could not be started. Check that it is ready and try again.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er bereit ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="427"/>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="427"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="441"/>
        <source>Printing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="509"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="511"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="526"/>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="527"/>
        <source>The file could not be written:
%1

%2</source>
        <translation>Die Datei konnte nicht geschrieben werden:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="545"/>
        <location filename="../../ui/printing/preview.py" line="549"/>
        <location filename="../../ui/printing/preview.py" line="567"/>
        <location filename="../../ui/printing/preview.py" line="572"/>
        <source>Could not open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="550"/>
        <source>No PDF viewer could be started. The document was saved here:
%1</source>
        <translation>Es konnte kein PDF-Betrachter gestartet werden. Das Dokument wurde hier gespeichert:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="574"/>
        <source>No program for Word documents could be started. The document was saved here:
%1</source>
        <translation>Es konnte kein Programm für Word-Dokumente gestartet werden. Das Dokument wurde hier gespeichert:
%1</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../ui/privacy/actions.py" line="38"/>
        <source>Folder for the access export (Art. 15)</source>
        <translation>Ordner für die Auskunft (Art. 15)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/actions.py" line="43"/>
        <source>Access export</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/actions.py" line="54"/>
        <source>The access export is in %1: a PDF for the person (and the same as a Word letter, to adjust before sending), the data as JSON and CSV, and copies of the person&apos;s files. Open the folder?</source>
        <translation>Die Auskunft liegt in %1: ein PDF für die Person (und dasselbe als Word-Brief, vor dem Versand anzupassen), die Daten als JSON und CSV sowie Kopien der Dateien der Person. Ordner öffnen?</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/actions.py" line="75"/>
        <source>Writing the access export for %1 into %2.</source>
        <translation>Die Auskunft für %1 wird in %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/actions.py" line="94"/>
        <location filename="../../ui/privacy/actions.py" line="112"/>
        <location filename="../../ui/privacy/actions.py" line="117"/>
        <location filename="../../ui/privacy/actions.py" line="128"/>
        <source>Art. 14 information</source>
        <translation>Information nach Art. 14</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/actions.py" line="98"/>
        <source>Save the Art. 14 information letter</source>
        <translation>Art.-14-Informationsschreiben speichern</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/actions.py" line="100"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/actions.py" line="102"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/actions.py" line="118"/>
        <source>Record the information as sent today and keep the letter with the person?</source>
        <translation>Die Information als heute gesendet vermerken und das Schreiben bei der Person ablegen?</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="73"/>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="82"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="87"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="89"/>
        <source>&amp;Print Art. 14 letter…</source>
        <translation>Art.-14-Schreiben &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="96"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="98"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="99"/>
        <source>Sour&amp;ce of the data:</source>
        <translation>&amp;Herkunft der Daten:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="100"/>
        <source>Art. 14 information sent on:</source>
        <translation>Information nach Art. 14 gesendet am:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="101"/>
        <source>Last contact:</source>
        <translation>Letzter Kontakt:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="107"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="108"/>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="109"/>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="110"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="111"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="112"/>
        <location filename="../../ui/privacy/privacy_dialog.py" line="134"/>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="115"/>
        <location filename="../../ui/privacy/privacy_dialog.py" line="123"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="117"/>
        <source>&amp;Add consent…</source>
        <translation>Einwilligung hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="119"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="121"/>
        <source>Attach evidence &amp;file…</source>
        <translation>Nachweis-Datei &amp;anhängen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="134"/>
        <source>Objects to</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="134"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="134"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="136"/>
        <location filename="../../ui/privacy/privacy_dialog.py" line="141"/>
        <location filename="../../ui/privacy/privacy_dialog.py" line="330"/>
        <source>Objections</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="137"/>
        <source>Add &amp;objection…</source>
        <translation>Widerspruch er&amp;fassen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="139"/>
        <source>&amp;Withdraw objection</source>
        <translation>Widerspruch zurück&amp;nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="151"/>
        <source>Access (Art. 15) e&amp;xport…</source>
        <translation>Auskunft (Art. 15) &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="153"/>
        <source>E&amp;rase (Art. 17)…</source>
        <translation>&amp;Löschen (Art. 17)…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="198"/>
        <source>Data protection – %1</source>
        <translation>Datenschutz – %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="203"/>
        <source>no contact recorded</source>
        <translation>kein Kontakt erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/privacy_dialog.py" line="213"/>
        <source>(%n file(s))</source>
        <translation>
            <numerusform>(%n Datei)</numerusform>
            <numerusform>(%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="268"/>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_dialog.py" line="301"/>
        <location filename="../../ui/privacy/privacy_dialog.py" line="307"/>
        <source>Evidence of the consent</source>
        <translation>Nachweis der Einwilligung</translation>
    </message>
</context>
<context>
    <name>PrivacyJob</name>
    <message>
        <location filename="../../ui/privacy/progress.py" line="24"/>
        <source>Collecting the records</source>
        <translation>Datensätze werden gesammelt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/progress.py" line="25"/>
        <source>Writing the PDF</source>
        <translation>PDF wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/progress.py" line="26"/>
        <source>Writing JSON and CSV</source>
        <translation>JSON und CSV werden geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/progress.py" line="27"/>
        <source>Copying the files</source>
        <translation>Dateien werden kopiert</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/progress.py" line="28"/>
        <source>Erasing the personal data</source>
        <translation>Personenbezogene Daten werden gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/progress.py" line="29"/>
        <source>Cleaning the search index</source>
        <translation>Suchindex wird bereinigt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/progress.py" line="30"/>
        <source>Checking the database file for leftovers</source>
        <translation>Datenbankdatei wird auf Reste geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/progress.py" line="31"/>
        <source>Rewriting the database file (VACUUM)</source>
        <translation>Datenbankdatei wird neu geschrieben (VACUUM)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/progress.py" line="32"/>
        <source>Looking for backups that still hold the person</source>
        <translation>Sicherungen mit der Person werden gesucht</translation>
    </message>
</context>
<context>
    <name>PrivacyJobDialog</name>
    <message>
        <location filename="../../ui/privacy/progress.py" line="92"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../ui/privacy/panel.py" line="41"/>
        <source>&lt;b&gt;Data protection&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datenschutz&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="46"/>
        <source>Data &amp;protection…</source>
        <translation>Daten&amp;schutz…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="48"/>
        <source>Access (Art. 15) export…</source>
        <translation>Auskunft (Art. 15) exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="50"/>
        <source>Erase (Art. 17)…</source>
        <translation>Löschen (Art. 17)…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="85"/>
        <source>Legal basis: %1</source>
        <translation>Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="86"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="91"/>
        <source>Consents: %1</source>
        <translation>Einwilligungen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="91"/>
        <location filename="../../ui/privacy/panel.py" line="110"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="99"/>
        <source>Objects to: %1</source>
        <translation>Widerspricht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="101"/>
        <source>Art. 14 information: %1</source>
        <translation>Information nach Art. 14: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="105"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/panel.py" line="109"/>
        <source>Last contact: %1</source>
        <translation>Letzter Kontakt: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/project_dialog.py" line="48"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_dialog.py" line="82"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_dialog.py" line="85"/>
        <source>Edit project – %1</source>
        <translation>Projekt bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="14"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="57"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="70"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="83"/>
        <source>Starts &amp;on:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="93"/>
        <location filename="../../../forms/project_dialog.ui" line="132"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="122"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="161"/>
        <source>&amp;Lead institution:</source>
        <translation>&amp;Federführung:</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="174"/>
        <source>&amp;Budget (EUR):</source>
        <translation>Bu&amp;dget (EUR):</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="216"/>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location filename="../../../forms/project_dialog.ui" line="249"/>
        <source>&amp;Visibility:</source>
        <translation>Sichtbar&amp;keit:</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <location filename="../../domain/list_columns.py" line="121"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="123"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="133"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="135"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="136"/>
        <source>Lead</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="47"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="50"/>
        <source>Filter by name or description… (Ctrl+F)</source>
        <translation>Filtern nach Name oder Beschreibung … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="56"/>
        <source>Delete the project “{name}”?</source>
        <translation>Projekt „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="59"/>
        <source>Project “{name}” deleted.</source>
        <translation>Projekt „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="62"/>
        <source>No projects yet. Create one with New (Ctrl+N).</source>
        <translation>Noch keine Projekte. Legen Sie mit „Neu“ (Strg+N) eines an.</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="75"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="76"/>
        <source>Lead institution</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="77"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="79"/>
        <source>Visible to</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="87"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>RadarDialog</name>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="80"/>
        <source>Needs radar</source>
        <translation>Bedarfsradar</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="90"/>
        <source>&amp;University:</source>
        <translation>&amp;Hochschule:</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="93"/>
        <source>all open needs</source>
        <translation>alle offenen Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="95"/>
        <source>Needs found s&amp;ince:</source>
        <translation>Bedarfe erfasst &amp;seit:</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="98"/>
        <source>all topics, or e.g. Additive Fertigung</source>
        <translation>alle Themen, oder z. B. Additive Fertigung</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="100"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="105"/>
        <source>Digest</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="107"/>
        <source>S&amp;how needs</source>
        <translation>Bedarfe an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="117"/>
        <location filename="../../ui/work/radar_dialog.py" line="157"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="117"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="117"/>
        <source>Fitting units</source>
        <translation>Passende Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="117"/>
        <source>Found</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="121"/>
        <source>&amp;Preview, print or save…</source>
        <translation>&amp;Vorschau, drucken oder speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="123"/>
        <source>&amp;Mark as carried</source>
        <translation>Als ü&amp;bermittelt erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="133"/>
        <source>no schedule</source>
        <translation>kein Turnus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/work/radar_dialog.py" line="135"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>im Abstand von %n Monat</numerusform>
            <numerusform>im Abstand von %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="139"/>
        <source>Save sche&amp;dule</source>
        <translation>Turnus spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="141"/>
        <source>Send the digest:</source>
        <translation>Übersicht senden:</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="143"/>
        <source>ne&amp;xt on</source>
        <translation>&amp;nächste am</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="152"/>
        <source>Answers of the university</source>
        <translation>Antworten der Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="157"/>
        <source>Carried on</source>
        <translation>Übermittelt am</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="157"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="157"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="169"/>
        <source>&amp;Record answer</source>
        <translation>Antwort e&amp;rfassen</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="171"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="173"/>
        <source>U&amp;nit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="183"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/work/radar_dialog.py" line="291"/>
        <source>%n need(s) fit the university&apos;s units</source>
        <translation>
            <numerusform>%n Bedarf passt zu den Einheiten der Hochschule</numerusform>
            <numerusform>%n Bedarfe passen zu den Einheiten der Hochschule</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="304"/>
        <source>Needs radar %1</source>
        <translation>Bedarfsradar %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="326"/>
        <source>Cannot record the digest</source>
        <translation>Übersicht kann nicht erfasst werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/work/radar_dialog.py" line="329"/>
        <source>%n need(s) recorded as carried to the university</source>
        <translation>
            <numerusform>%n Bedarf als an die Hochschule übermittelt erfasst</numerusform>
            <numerusform>%n Bedarfe als an die Hochschule übermittelt erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="353"/>
        <source>Schedule saved</source>
        <translation>Turnus gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="353"/>
        <source>Schedule removed</source>
        <translation>Turnus entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="393"/>
        <source>Cannot record the answer</source>
        <translation>Antwort kann nicht erfasst werden</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="397"/>
        <source>Answer recorded: referred to %1</source>
        <translation>Antwort erfasst: vermittelt an %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/radar_dialog.py" line="402"/>
        <source>Answer recorded</source>
        <translation>Antwort erfasst</translation>
    </message>
</context>
<context>
    <name>RecipientsChoice</name>
    <message>
        <location filename="../../ui/widgets/recipients.py" line="33"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/recipients.py" line="35"/>
        <source>the %n chosen person(s)</source>
        <translation>
            <numerusform>die %n ausgewählte Person</numerusform>
            <numerusform>die %n ausgewählten Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipients.py" line="37"/>
        <source>Target group “%1”</source>
        <translation>Zielgruppe „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipients.py" line="39"/>
        <source>Nobody chosen: save a target group (Events → Target groups)</source>
        <translation>Niemand ausgewählt: Speichern Sie eine Zielgruppe (Veranstaltungen → Zielgruppen)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="130"/>
        <location filename="../../ui/dialogs/record_dialog.py" line="261"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="256"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="257"/>
        <source>You have changed this record. Save the changes before closing?</source>
        <translation>Sie haben diesen Datensatz geändert. Sollen die Änderungen vor dem Schließen gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="262"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="263"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="289"/>
        <source>Record no longer exists</source>
        <translation>Datensatz nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="291"/>
        <source>This record was deleted, or you may no longer see it. Your input is still in the form: copy what you need before you close it.</source>
        <translation>Dieser Datensatz wurde gelöscht, oder Sie dürfen ihn nicht mehr sehen. Ihre Eingaben stehen noch im Formular: Kopieren Sie, was Sie brauchen, bevor Sie es schließen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="298"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="299"/>
        <source>You may not change this record. Your input is still in the form.</source>
        <translation>Sie dürfen diesen Datensatz nicht ändern. Ihre Eingaben stehen noch im Formular.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="334"/>
        <source>Changed by somebody else</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="336"/>
        <source>Somebody else saved this record after you opened it. Your input is still in the form.

Save anyway and overwrite the other changes with yours? Choose Cancel to keep editing; to see the other changes, copy your input and open the record again.</source>
        <translation>Jemand anderes hat diesen Datensatz gespeichert, nachdem Sie ihn geöffnet haben. Ihre Eingaben stehen noch im Formular.

Trotzdem speichern und die anderen Änderungen mit Ihren überschreiben? Wählen Sie „Abbrechen“, um weiter zu bearbeiten. Um die anderen Änderungen zu sehen, kopieren Sie Ihre Eingaben und öffnen Sie den Datensatz erneut.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="145"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="152"/>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="155"/>
        <source>“{name}” deleted.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="168"/>
        <source>Nothing here yet. Create the first entry with New (Ctrl+N).</source>
        <translation>Noch keine Einträge. Legen Sie den ersten mit „Neu“ (Strg+N) an.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="218"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="265"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="267"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="269"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="275"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="412"/>
        <source>Choose an entry in the list to see its details.</source>
        <translation>Wählen Sie einen Eintrag in der Liste, um Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="444"/>
        <source>{shown} of 1 entry</source>
        <translation>{shown} von 1 Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="446"/>
        <source>{shown} of {total} entries</source>
        <translation>{shown} von {total} Einträgen</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="448"/>
        <source>{total} entries</source>
        <translation>{total} Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="424"/>
        <source>Nothing matches the filter.</source>
        <translation>Keine Treffer für diesen Filter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="448"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="620"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="652"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="558"/>
        <source>This entry was deleted meanwhile.</source>
        <translation>Dieser Eintrag wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="59"/>
        <source>Refer need – %1</source>
        <translation>Bedarf vermitteln – %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="89"/>
        <source>&amp;Refer</source>
        <translation>&amp;Vermitteln</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="110"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="110"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="110"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="110"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="121"/>
        <source>Contact: %1</source>
        <translation>Ansprechpartner: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="144"/>
        <source>No suggestions: give the need a wanted competence or WZ area, or name a partner below.</source>
        <translation>Keine Vorschläge: Geben Sie beim Bedarf eine gesuchte Kompetenz oder einen WZ-Bereich an, oder nennen Sie unten einen Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="168"/>
        <source>no particular person</source>
        <translation>keine bestimmte Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="224"/>
        <source>Need no longer exists</source>
        <translation>Bedarf existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referral_dialog.py" line="225"/>
        <source>This need was deleted meanwhile. Nothing was recorded.</source>
        <translation>Dieser Bedarf wurde inzwischen gelöscht. Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../../../forms/referral_dialog.ui" line="6"/>
        <source>Refer need</source>
        <translation>Bedarf vermitteln</translation>
    </message>
    <message>
        <location filename="../../../forms/referral_dialog.ui" line="13"/>
        <source>&amp;Suggested partners, best fit first (tick one or more):</source>
        <translation>Vorgeschlagene &amp;Partner, am besten passende zuerst (einen oder mehrere ankreuzen):</translation>
    </message>
    <message>
        <location filename="../../../forms/referral_dialog.ui" line="16"/>
        <source>Further &amp;partner:</source>
        <translation>&amp;Weiterer Partner:</translation>
    </message>
    <message>
        <location filename="../../../forms/referral_dialog.ui" line="18"/>
        <source>Another organisation, by name</source>
        <translation>Eine andere Organisation, nach Namen</translation>
    </message>
    <message>
        <location filename="../../../forms/referral_dialog.ui" line="20"/>
        <source>Contact pers&amp;on:</source>
        <translation>Ansprechpers&amp;on:</translation>
    </message>
    <message>
        <location filename="../../../forms/referral_dialog.ui" line="25"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../../forms/referral_dialog.ui" line="27"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../../forms/referral_dialog.ui" line="37"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../../forms/referral_dialog.ui" line="41"/>
        <source>&amp;Visible to:</source>
        <translation>&amp;Sichtbar für:</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>Gesucht: %1</translation>
    </message>
</context>
<context>
    <name>ReferralLetterDialog</name>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="67"/>
        <source>Referral letter – %1 → %2</source>
        <translation>Vermittlungsschreiben – %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="83"/>
        <source>&amp;Mirror letter to the company</source>
        <translation>&amp;Spiegelschreiben an das Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="85"/>
        <source>The same introduction, written to the company instead of the partner</source>
        <translation>Dieselbe Vorstellung, an das Unternehmen statt an den Partner geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="89"/>
        <source>Letter template</source>
        <translation>Briefvorlage</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="103"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="110"/>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="129"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="131"/>
        <source>Company &amp;contact:</source>
        <translation>Ansprechperson im &amp;Unternehmen:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="133"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="134"/>
        <source>S&amp;ubject:</source>
        <translation>Bet&amp;reff:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="135"/>
        <source>Sa&amp;lutation:</source>
        <translation>A&amp;nrede:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="136"/>
        <source>Te&amp;xt:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="137"/>
        <source>Information block</source>
        <translation>Informationsblock</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="141"/>
        <source>&amp;Preview and print…</source>
        <translation>Vorschau und &amp;Druck…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="144"/>
        <source>Printing the letter or saving it as PDF records it on the referral</source>
        <translation>Wird das Schreiben gedruckt oder als PDF gespeichert, wird es bei der Vermittlung vermerkt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="147"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="274"/>
        <source>Other template</source>
        <translation>Andere Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="275"/>
        <source>The text you changed is replaced by the other template&apos;s. Go on?</source>
        <translation>Ihr geänderter Text wird durch den der anderen Vorlage ersetzt. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="304"/>
        <source>Referral letter</source>
        <translation>Vermittlungsschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="308"/>
        <source>Mirror letter %1</source>
        <translation>Spiegelschreiben %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="308"/>
        <source>Referral letter %1</source>
        <translation>Vermittlungsschreiben %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="333"/>
        <source>Letter not recorded</source>
        <translation>Schreiben nicht vermerkt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/referral_letter.py" line="344"/>
        <source>Letter sent on %1</source>
        <translation>Schreiben versandt am %1</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="74"/>
        <location filename="../../ui/views/referrals_view.py" line="125"/>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="75"/>
        <source>All stages</source>
        <translation>Alle Stände</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="85"/>
        <source>Change &amp;stage…</source>
        <translation>&amp;Stand ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="88"/>
        <source>Move the selected referral on (Return, Ctrl+G)</source>
        <translation>Die gewählte Vermittlung weiterführen (Eingabe, Strg+G)</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="90"/>
        <source>Record &amp;cooperation…</source>
        <translation>&amp;Kooperation erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="95"/>
        <source>Record follow-up &amp;need…</source>
        <translation>&amp;Folgebedarf erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="97"/>
        <source>Record what the partner needs in turn, so the referral chain stays traceable</source>
        <translation>Den Bedarf des Partners erfassen, damit die Vermittlungskette nachvollziehbar bleibt</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="121"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="122"/>
        <location filename="../../ui/views/referrals_view.py" line="289"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="123"/>
        <location filename="../../ui/views/referrals_view.py" line="288"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="124"/>
        <location filename="../../ui/views/referrals_view.py" line="290"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="126"/>
        <location filename="../../ui/views/referrals_view.py" line="292"/>
        <source>Referred by</source>
        <translation>Vermittelt von</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="128"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="139"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="142"/>
        <source>Filter by organisation or partner… (Ctrl+F)</source>
        <translation>Nach Organisation oder Partner filtern… (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="145"/>
        <source>No referrals yet. Refer a need from the Needs list (Ctrl+R).</source>
        <translation>Noch keine Vermittlungen. Vermitteln Sie einen Bedarf aus der Liste der Bedarfe (Strg+R).</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="150"/>
        <source>Referrals start from a need</source>
        <translation>Vermittlungen beginnen bei einem Bedarf</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="152"/>
        <source>A referral always serves a need: open Needs, select the need and choose Refer… (Ctrl+R).</source>
        <translation>Eine Vermittlung gehört immer zu einem Bedarf: Öffnen Sie „Bedarfe“, wählen Sie den Bedarf und dann „Vermitteln…“ (Strg+R).</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="291"/>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="293"/>
        <source>Referred on</source>
        <translation>Vermittelt am</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="294"/>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="309"/>
        <source>Edit cooperation…</source>
        <translation>Kooperation bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="331"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="332"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="333"/>
        <source>Cooperations</source>
        <translation>Kooperationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="334"/>
        <source>Referral chain</source>
        <translation>Vermittlungskette</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="336"/>
        <source>Record follow-up need…</source>
        <translation>Folgebedarf erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="338"/>
        <source>Print referral letter…</source>
        <translation>Vermittlungsschreiben drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrals_view.py" line="346"/>
        <source>Letter sent on %1</source>
        <translation>Schreiben versandt am %1</translation>
    </message>
</context>
<context>
    <name>RegistrationFilePage</name>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="86"/>
        <source>The list of registrations</source>
        <translation>Die Anmeldeliste</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="89"/>
        <source>A CSV or Excel file from the registration form or a colleague&apos;s list, one registration a row under a header row.</source>
        <translation>Eine CSV- oder Excel-Datei aus dem Anmeldeformular oder der Liste einer Kollegin: eine Anmeldung je Zeile unter einer Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="94"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="96"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="98"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="116"/>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="118"/>
        <source>Lists (*.csv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Listen (*.csv *.xlsx *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="139"/>
        <source>The file has no rows under its header row.</source>
        <translation>Die Datei hat unter ihrer Kopfzeile keine Zeilen.</translation>
    </message>
</context>
<context>
    <name>RegistrationMappingPage</name>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="153"/>
        <source>Assign the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="156"/>
        <source>Known header words are assigned already. A row needs a last name or an e-mail address; columns without a field are not read.</source>
        <translation>Bekannte Spaltenüberschriften sind schon zugeordnet. Eine Zeile braucht einen Nachnamen oder eine E-Mail-Adresse; Spalten ohne Feld werden nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="162"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="162"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="162"/>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="164"/>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="187"/>
        <source>Field of column %1</source>
        <translation>Feld der Spalte %1</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="188"/>
        <source>(not read)</source>
        <translation>(nicht lesen)</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="219"/>
        <source>Assign the column with the last name or the one with the e-mail address.</source>
        <translation>Ordnen Sie die Spalte mit dem Nachnamen oder die mit der E-Mail-Adresse zu.</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="223"/>
        <source>Each field from one column only: %1</source>
        <translation>Jedes Feld nur aus einer Spalte: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationResultPage</name>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="251"/>
        <source>Registrations imported</source>
        <translation>Anmeldungen importiert</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="256"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="256"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="256"/>
        <source>Row text</source>
        <translation>Inhalt der Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="258"/>
        <source>What became of each row</source>
        <translation>Was aus jeder Zeile wurde</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="272"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="284"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="292"/>
        <source>%1 registered, %2 on the waiting list, %3 registered already.</source>
        <translation>%1 angemeldet, %2 auf der Warteliste, %3 waren schon angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="297"/>
        <source>New: %1 people, %2 organisations (checked for duplicates).</source>
        <translation>Neu: %1 Personen, %2 Organisationen (auf Dubletten geprüft).</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="304"/>
        <source>%1 registered (known)</source>
        <translation>%1 angemeldet (bekannt)</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="306"/>
        <source>%1 registered (new record)</source>
        <translation>%1 angemeldet (neu angelegt)</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="308"/>
        <source>not used: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="48"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="49"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="50"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="52"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="53"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="54"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="55"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="56"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="57"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="58"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="59"/>
        <source>Notes (dietary wishes, accessibility)</source>
        <translation>Hinweise (Essenswünsche, Barrierefreiheit)</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="338"/>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/events/registration_wizard.py" line="349"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="35"/>
        <source>Add relation – %1</source>
        <translation>Beziehung hinzufügen – %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="40"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="44"/>
        <source>Type part of the name</source>
        <translation>Teil des Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="45"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="55"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="62"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="80"/>
        <source>Choose the other organisation</source>
        <translation>Wählen Sie die andere Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="82"/>
        <source>An organisation cannot be related to itself</source>
        <translation>Eine Organisation kann nicht mit sich selbst in Beziehung stehen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="84"/>
        <source>This relation is already recorded</source>
        <translation>Diese Beziehung ist schon erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relation_dialog.py" line="85"/>
        <source>At most 300 characters</source>
        <translation>Höchstens 300 Zeichen</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <location filename="../../ui/restart.py" line="55"/>
        <source>Restart now?</source>
        <translation>Jetzt neu starten?</translation>
    </message>
    <message>
        <location filename="../../ui/restart.py" line="56"/>
        <source>The change applies when In|Die Desktop is started again. Restart now? Your data is saved; the window opens again in a few seconds.</source>
        <translation>Die Änderung wird wirksam, wenn In|Die Desktop neu gestartet wird. Jetzt neu starten? Ihre Daten sind gespeichert; das Fenster öffnet sich in wenigen Sekunden wieder.</translation>
    </message>
    <message>
        <location filename="../../ui/restart.py" line="65"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <location filename="../../ui/restart.py" line="68"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../../ui/restart.py" line="108"/>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../../ui/restart.py" line="109"/>
        <source>In|Die Desktop could not start again by itself. Please start it anew.</source>
        <translation>In|Die Desktop konnte sich nicht selbst neu starten. Bitte starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="143"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="154"/>
        <source>The database cannot be used. {problem} The file has been left as it is. Choose a backup to continue with; the damaged file is kept beside it.</source>
        <translation>Die Datenbank kann nicht verwendet werden. {problem} Die Datei wurde nicht verändert. Wählen Sie eine Sicherung, mit der Sie weiterarbeiten; die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="160"/>
        <source>Backups in {folder}. The current database is kept as a backup first.</source>
        <translation>Sicherungen in {folder}. Die aktuelle Datenbank wird zuvor selbst gesichert.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="169"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="169"/>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="169"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="172"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="176"/>
        <source>Choose a backup to see what it holds.</source>
        <translation>Wählen Sie eine Sicherung, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="182"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="190"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="192"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="204"/>
        <source>There are no backups in this folder yet. Choose a backup file.</source>
        <translation>In diesem Ordner gibt es noch keine Sicherungen. Wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="233"/>
        <source>Choose a backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="235"/>
        <source>Database files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Datenbankdateien (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="263"/>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="51"/>
        <location filename="../../ui/privacy/review_dialog.py" line="162"/>
        <source>Data protection review</source>
        <translation>Datenschutz-Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="56"/>
        <source>Listed: people without contact and without an open referral for the chosen number of years and without a consent, and people whose consent ran out. Nothing is deleted without your decision.</source>
        <translation>Aufgeführt sind Personen ohne Kontakt und ohne offene Vermittlung seit der gewählten Zahl von Jahren und ohne Einwilligung sowie Personen, deren Einwilligung abgelaufen ist. Ohne Ihre Entscheidung wird nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="64"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="66"/>
        <source>Years without contact</source>
        <translation>Jahre ohne Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="69"/>
        <source>No contact for:</source>
        <translation>Kein Kontakt seit:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="74"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="74"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="74"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="83"/>
        <source>&amp;Keep…</source>
        <translation>&amp;Behalten…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="85"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymisieren…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="87"/>
        <source>&amp;Erase (Art. 17)…</source>
        <translation>&amp;Löschen (Art. 17)…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="89"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="132"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/review_dialog.py" line="139"/>
        <source>%n people to review</source>
        <translation>
            <numerusform>%n Person zu prüfen</numerusform>
            <numerusform>%n Personen zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="185"/>
        <location filename="../../ui/privacy/review_dialog.py" line="191"/>
        <location filename="../../ui/privacy/review_dialog.py" line="216"/>
        <location filename="../../ui/privacy/review_dialog.py" line="223"/>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="186"/>
        <source>Only the data protection role (the database administrator) may.</source>
        <translation>Das darf nur die Datenschutz-Rolle (der Administrator der Datenbank).</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="193"/>
        <source>Anonymise %1? Name, contact data, notes, consents and files go; the contact stays counted with its organisation. This cannot be undone. Backups made before still hold the person&apos;s data until they rotate out.</source>
        <translation>%1 anonymisieren? Name, Kontaktdaten, Notizen, Einwilligungen und Dateien werden entfernt; der Kontakt zählt weiter bei seiner Organisation. Das lässt sich nicht rückgängig machen. Datensicherungen von vorher enthalten die Daten der Person weiter, bis sie turnusgemäß ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="225"/>
        <source>Anonymising %1. This cannot be cancelled once started; cleaning the database file may take a while for a large file.</source>
        <translation>%1 wird anonymisiert. Einmal begonnen, lässt sich das nicht abbrechen; das Bereinigen der Datenbankdatei kann bei einer großen Datei eine Weile dauern.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/importing/run_page.py" line="33"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="37"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="39"/>
        <source>&amp;Undo import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="53"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="87"/>
        <source>Done: {organisations} and {people} created, {existing} filled in, {skipped} of {rows} skipped.</source>
        <translation>Fertig: {organisations} und {people} angelegt, {existing} ergänzt, {skipped} von {rows} übersprungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/run_page.py" line="90"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/run_page.py" line="91"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/run_page.py" line="92"/>
        <source>%n existing record(s)</source>
        <translation>
            <numerusform>%n vorhandener Datensatz</numerusform>
            <numerusform>%n vorhandene Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/run_page.py" line="94"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="99"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="101"/>
        <source>The import failed; nothing was changed.</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="110"/>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>Please give a complete path.</source>
        <translation>Bitte einen vollständigen Pfad angeben.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>This is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Backups cannot be written here: {error}</source>
        <translation>Hier können keine Sicherungen gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>&amp;General</source>
        <translation>A&amp;llgemein</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Pri&amp;nting</source>
        <translation>D&amp;rucken</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>&amp;Referrals</source>
        <translation>Ver&amp;mittlungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>&amp;Backup</source>
        <translation>S&amp;icherung</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>Data pro&amp;tection</source>
        <translation>Datensc&amp;hutz</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>C&amp;onnections</source>
        <translation>Verbindun&amp;gen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>Mail dispatc&amp;h</source>
        <translation>E-Mail-S&amp;ystem</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Te&amp;mplates</source>
        <translation>Vorlage&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>The new language applies when In|Die Desktop is started again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von In|Die Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="208"/>
        <source>Entries are recorded with this name and institution. Another user applies when In|Die Desktop is started again.</source>
        <translation>Einträge werden mit diesem Namen und dieser Institution gespeichert. Ein anderer Benutzer gilt ab dem nächsten Start von In|Die Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="217"/>
        <source>On the shared server you work as the staff member of your login.</source>
        <translation>Auf dem gemeinsamen Server arbeiten Sie als die Person, der Ihre Anmeldung gehört.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="219"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="227"/>
        <source>My own institution</source>
        <translation>Eigene Institution</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="233"/>
        <source>Default &amp;letterhead:</source>
        <translation>Standard-&amp;Briefkopf:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="237"/>
        <source>Letters and contact sheets are printed on this letterhead.</source>
        <translation>Briefe und Kontaktblätter werden mit diesem Briefkopf gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>Label offset to the r&amp;ight:</source>
        <translation>Etiketten-Versatz nach re&amp;chts:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="246"/>
        <source>Label offset &amp;downwards:</source>
        <translation>Etiketten-Versatz nach &amp;unten:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="249"/>
        <source>Print a &amp;calibration sheet…</source>
        <translation>&amp;Kalibrierbogen drucken …</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>Printers feed paper 1–2 mm differently. Print the calibration sheet, lay it on a label sheet against the light and enter how far the printed frames must move (negative: to the left or upwards).</source>
        <translation>Drucker ziehen das Papier um 1–2 mm unterschiedlich ein. Drucken Sie den Kalibrierbogen, legen Sie ihn gegen das Licht auf einen Etikettenbogen und tragen Sie ein, wie weit die gedruckten Rahmen wandern müssen (negativ: nach links bzw. oben).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="282"/>
        <source>Calibration sheet</source>
        <translation>Kalibrierbogen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="288"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>&amp;Follow up after:</source>
        <translation>&amp;Wiedervorlage nach:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="296"/>
        <source>After each step of a referral a task reminds you to ask both sides how it goes, this many weeks later.</source>
        <translation>Nach jedem Schritt einer Vermittlung erinnert Sie nach so vielen Wochen eine Aufgabe daran, bei beiden Seiten nachzufragen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="309"/>
        <source>the data folder</source>
        <translation>der Datenordner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="310"/>
        <source>Default: {folder}</source>
        <translation>Standard: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="312"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="320"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="322"/>
        <source>&amp;Keep the newest:</source>
        <translation>Die neuesten &amp;behalten:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="323"/>
        <source>Back up &amp;daily when the application starts</source>
        <translation>&amp;Täglich beim Programmstart sichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="329"/>
        <source>A backup is also taken before every database update and every import. A folder on another drive protects against a broken disk.</source>
        <translation>Gesichert wird auch vor jeder Aktualisierung der Datenbank und vor jedem Import. Ein Ordner auf einem anderen Laufwerk schützt vor einem Festplattendefekt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="341"/>
        <source> years</source>
        <translation> Jahren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="344"/>
        <source>Re&amp;view people after:</source>
        <translation>Personen &amp;prüfen nach:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="350"/>
        <source>People without any contact for this long are listed for review: keep, renew consent, or erase. Nothing is deleted without asking.</source>
        <translation>Personen ohne Kontakt in diesem Zeitraum werden zur Prüfung aufgeführt: behalten, Einwilligung erneuern oder löschen. Ohne Rückfrage wird nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="371"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="372"/>
        <location filename="../../ui/settings_dialog.py" line="444"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="373"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="374"/>
        <location filename="../../ui/settings_dialog.py" line="446"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="375"/>
        <source>&amp;Encryption:</source>
        <translation>Verschl&amp;üsselung:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="377"/>
        <source>libpq&apos;s default (root.crt)</source>
        <translation>Standard von libpq (root.crt)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="378"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="387"/>
        <source>CA &amp;certificate file:</source>
        <translation>&amp;CA-Zertifikatsdatei:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="395"/>
        <source>Needed to check the server certificate unless IT has put root.crt into %APPDATA%\postgresql\ (Windows) or ~/.postgresql/ (Linux).</source>
        <translation>Nötig, um das Zertifikat des Servers zu prüfen, sofern die IT root.crt nicht in %APPDATA%\postgresql\ (Windows) bzw. ~/.postgresql/ (Linux) abgelegt hat.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="402"/>
        <source>Passwords are kept only in the system keyring ({where}).</source>
        <translation>Kennwörter werden nur im Schlüsselbund des Systems gespeichert ({where}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="407"/>
        <source>This computer has no system keyring: the password is asked for each time and never written to a file.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Das Kennwort wird jedes Mal abgefragt und nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="412"/>
        <source>&amp;Forget the remembered password</source>
        <translation>Gespeichertes Kennwort &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="417"/>
        <source>Connect or switch to the local file under File → Connection….</source>
        <translation>Verbinden oder zur lokalen Datei wechseln unter Datei → Verbindung….</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="432"/>
        <source>none (only inside the office network)</source>
        <translation>keine (nur im Büronetz)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="438"/>
        <source>kept in the system keyring</source>
        <translation>wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="440"/>
        <source>empty: your own address</source>
        <translation>leer: Ihre eigene Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="441"/>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="442"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="443"/>
        <source>Mail ser&amp;ver:</source>
        <translation>Postausgangsser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="445"/>
        <source>Encr&amp;yption:</source>
        <translation>Verschl&amp;üsselung:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="447"/>
        <source>Pass&amp;word:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="448"/>
        <source>Sen&amp;der address:</source>
        <translation>Absen&amp;der-Adresse:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="449"/>
        <source>Rate l&amp;imit:</source>
        <translation>H&amp;öchstzahl pro Minute:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="450"/>
        <source>Send test m&amp;ail</source>
        <translation>&amp;Test-Mail senden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="460"/>
        <source>Invitations, newsletters and appointments are sent through this server. The password is kept only in the system keyring.</source>
        <translation>Einladungen, Newsletter und Termine werden über diesen Server gesendet. Das Kennwort wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="529"/>
        <source>The test mail went to %1. Look in that mailbox.</source>
        <translation>Die Test-Mail ging an %1. Sehen Sie in diesem Postfach nach.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="606"/>
        <source>This value is not allowed here.</source>
        <translation>Dieser Wert ist hier nicht zulässig.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="612"/>
        <source>There is no such file.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="615"/>
        <source>Enter an e-mail address such as name@example.de.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="619"/>
        <source>Required for the shared server.</source>
        <translation>Für den gemeinsamen Server erforderlich.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="655"/>
        <source>The settings cannot be saved: {error}</source>
        <translation>Die Einstellungen können nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="716"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="718"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="725"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="744"/>
        <source>The remembered password has been removed.</source>
        <translation>Das gespeicherte Kennwort wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="763"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="86"/>
        <source>Label sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/labels_dialog.py" line="100"/>
        <source>Start printing at label %1</source>
        <translation>Den Druck bei Etikett %1 beginnen</translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/stage_change_dialog.py" line="41"/>
        <source>Change stage – %1</source>
        <translation>Stand ändern – %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stage_change_dialog.py" line="43"/>
        <source>%1 → %2, now: %3 (since %4)</source>
        <translation>%1 → %2, jetzt: %3 (seit %4)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stage_change_dialog.py" line="56"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stage_change_dialog.py" line="103"/>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stage_change_dialog.py" line="105"/>
        <source>Somebody else changed or deleted this referral after you opened it. Close the dialog and look at its current stage.</source>
        <translation>Jemand anderes hat diese Vermittlung geändert oder gelöscht, nachdem Sie sie geöffnet haben. Schließen Sie den Dialog und sehen Sie sich den aktuellen Stand an.</translation>
    </message>
    <message>
        <location filename="../../../forms/stage_change_dialog.ui" line="6"/>
        <source>Change stage</source>
        <translation>Stand ändern</translation>
    </message>
    <message>
        <location filename="../../../forms/stage_change_dialog.ui" line="14"/>
        <source>&amp;New stage:</source>
        <translation>&amp;Neuer Stand:</translation>
    </message>
    <message>
        <location filename="../../../forms/stage_change_dialog.ui" line="26"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../../forms/stage_change_dialog.ui" line="28"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../../forms/stage_change_dialog.ui" line="38"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message numerus="yes">
        <location filename="../../ui/suggestion_text.py" line="68"/>
        <source>%n successful referral(s)</source>
        <translation>
            <numerusform>%n erfolgreiche Vermittlung</numerusform>
            <numerusform>%n erfolgreiche Vermittlungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="18"/>
        <source>same subclass</source>
        <translation>gleiche Unterklasse</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="20"/>
        <source>same class</source>
        <translation>gleiche Klasse</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="22"/>
        <source>same group</source>
        <translation>gleiche Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="24"/>
        <source>same division</source>
        <translation>gleiche Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="25"/>
        <source>same section</source>
        <translation>gleicher Abschnitt</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="32"/>
        <location filename="../../ui/suggestion_text.py" line="40"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="35"/>
        <source>competence %1 fits</source>
        <translation>Kompetenz %1 passt</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="37"/>
        <source>competences %1 fit</source>
        <translation>Kompetenzen %1 passen</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="42"/>
        <source>keyword %1</source>
        <translation>Stichwort %1</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="44"/>
        <source>WZ %1 %2</source>
        <translation>WZ %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="49"/>
        <source>fitting kind: %1</source>
        <translation>passende Art: %1</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="51"/>
        <source>university or institute, as sought</source>
        <translation>Hochschule oder Institut, wie gesucht</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="55"/>
        <source>also member of %1</source>
        <translation>ebenfalls Mitglied in %1</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="57"/>
        <source>also supplies %1</source>
        <translation>beliefert ebenfalls %1</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="59"/>
        <source>already a cooperation partner</source>
        <translation>bereits Kooperationspartner</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="61"/>
        <source>contact: %1</source>
        <translation>Ansprechpartner: %1</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="63"/>
        <source>same town</source>
        <translation>gleicher Ort</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="65"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="42"/>
        <location filename="../../ui/sync/status_widget.py" line="127"/>
        <location filename="../../ui/sync/status_widget.py" line="170"/>
        <source>Synchronise</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="73"/>
        <source>Offline replica</source>
        <translation>Offline-Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="75"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="77"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_widget.py" line="79"/>
        <source>%n unsynced change(s)</source>
        <translation>
            <numerusform>%n nicht synchronisierte Änderung</numerusform>
            <numerusform>%n nicht synchronisierte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="81"/>
        <source>all synchronised</source>
        <translation>alles synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_widget.py" line="84"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Konflikte (%n)</numerusform>
            <numerusform>Konflikte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="120"/>
        <source>Password of %1 for synchronising:</source>
        <translation>Passwort von %1 für die Synchronisierung:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="123"/>
        <source>This computer has no keyring, so the password cannot be remembered; it is kept in memory until the application closes.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, das Passwort kann nicht gespeichert werden; es bleibt nur bis zum Beenden der Anwendung im Speicher.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="141"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="142"/>
        <source>Synchronising…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="160"/>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="160"/>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="179"/>
        <source>Synchronised: {sent} sent, {received} received, {merged} merged, {conflicts} conflicts.</source>
        <translation>Synchronisiert: {sent} gesendet, {received} empfangen, {merged} zusammengeführt, {conflicts} Konflikte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_widget.py" line="200"/>
        <source>%n local change(s) to an erased person discarded (erasure under Art. 17).</source>
        <translation>
            <numerusform>%n lokale Änderung an einer gelöschten Person verworfen (Löschung nach Art. 17).</numerusform>
            <numerusform>%n lokale Änderungen an gelöschten Personen verworfen (Löschung nach Art. 17).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_widget.py" line="208"/>
        <source>An erased person&apos;s name removed from %n unsent text(s) (erasure under Art. 17).</source>
        <translation>
            <numerusform>Name einer gelöschten Person aus %n noch nicht gesendeten Text entfernt (Löschung nach Art. 17).</numerusform>
            <numerusform>Name einer gelöschten Person aus %n noch nicht gesendeten Texten entfernt (Löschung nach Art. 17).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_widget.py" line="217"/>
        <source>%n backup copy(ies) of this laptop still hold the erased person; they are deleted as the backups rotate (the folder: Settings, Backup).</source>
        <translation>
            <numerusform>%n Sicherungskopie dieses Laptops enthält die gelöschte Person noch; sie wird beim Wechsel der Sicherungen gelöscht (Ordner: Einstellungen, Sicherung).</numerusform>
            <numerusform>%n Sicherungskopien dieses Laptops enthalten die gelöschte Person noch; sie werden beim Wechsel der Sicherungen gelöscht (Ordner: Einstellungen, Sicherung).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetGroupDialog</name>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="79"/>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="84"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="85"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="89"/>
        <source>e.g. C, 25, 28.41 (several with commas)</source>
        <translation>z. B. C, 25, 28.41 (mehrere mit Komma)</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="92"/>
        <source>e.g. Leichtbau, Wasserstoff</source>
        <translation>z. B. Leichtbau, Wasserstoff</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="94"/>
        <source>anyone</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="98"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="104"/>
        <location filename="../../ui/events/target_group_dialog.py" line="112"/>
        <location filename="../../ui/events/target_group_dialog.py" line="116"/>
        <source>not asked</source>
        <translation>egal</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="113"/>
        <source>with open needs</source>
        <translation>mit offenen Bedarfen</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="114"/>
        <source>without open needs</source>
        <translation>ohne offene Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="125"/>
        <source>&amp;Select:</source>
        <translation>Aus&amp;wählen:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="126"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="127"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="128"/>
        <source>&amp;WZ 2008:</source>
        <translation>&amp;WZ 2008:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="129"/>
        <source>&amp;Employees:</source>
        <translation>&amp;Beschäftigte:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="130"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="131"/>
        <source>&amp;Betreuer/in:</source>
        <translation>Be&amp;treuer/in:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="132"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="133"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="134"/>
        <source>&amp;Consent for:</source>
        <translation>&amp;Einwilligung für:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="135"/>
        <source>Contact &amp;since:</source>
        <translation>Kontakt s&amp;eit:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="136"/>
        <source>No contact si&amp;nce:</source>
        <translation>Kein Kontakt s&amp;eit:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="137"/>
        <source>&amp;Open needs:</source>
        <translation>&amp;Offene Bedarfe:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="138"/>
        <source>&amp;Attended event:</source>
        <translation>Teilgenommen an Veranstaltun&amp;g:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="139"/>
        <source>&amp;Words:</source>
        <translation>&amp;Suchwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="150"/>
        <location filename="../../ui/events/target_group_dialog.py" line="151"/>
        <source>Name of the target group</source>
        <translation>Name der Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="152"/>
        <source>Share with my &amp;institution</source>
        <translation>Mit meiner &amp;Institution teilen</translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="160"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/target_group_dialog.py" line="263"/>
        <source>%n organisation(s) selected</source>
        <translation>
            <numerusform>%n Organisation ausgewählt</numerusform>
            <numerusform>%n Organisationen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/target_group_dialog.py" line="265"/>
        <source>%n person(s) selected</source>
        <translation>
            <numerusform>%n Person ausgewählt</numerusform>
            <numerusform>%n Personen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/target_group_dialog.py" line="280"/>
        <source>Cannot save the target group</source>
        <translation>Zielgruppe kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="55"/>
        <source>(deleted, or private to another institution)</source>
        <translation>(gelöscht oder privat bei einer anderen Institution)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="79"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="89"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="91"/>
        <source>Due time</source>
        <translation>Fällig um</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="92"/>
        <source>&amp;at</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="187"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="190"/>
        <source>Task: {title}</source>
        <translation>Aufgabe: {title}</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="18"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="26"/>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="51"/>
        <source>Open in its &amp;list</source>
        <translation>In der &amp;Liste öffnen</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="54"/>
        <source>Close the task and show the record it belongs to in its list (Ctrl+Return)</source>
        <translation>Schließt die Aufgabe und zeigt den Eintrag, zu dem sie gehört, in seiner Liste (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="66"/>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="95"/>
        <source>Due &amp;by:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="105"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="134"/>
        <source>Ass&amp;ignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="147"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="186"/>
        <source>&amp;Visible to:</source>
        <translation>Sichtbar&amp;keit:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="199"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="36"/>
        <source>Which tasks</source>
        <translation>Welche Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="40"/>
        <source>All open tasks</source>
        <translation>Alle offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="41"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="42"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="43"/>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="56"/>
        <source>&amp;Open what it is about</source>
        <translation>&amp;Betroffenen Eintrag öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="58"/>
        <source>Show the visit, need, referral or organisation of the task (Ctrl+Return)</source>
        <translation>Zeigt den Besuch, Bedarf, die Vermittlung oder Organisation der Aufgabe (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="68"/>
        <source>Go to</source>
        <translation>Zum Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="39"/>
        <source>My open tasks</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="44"/>
        <source>All tasks, done ones too</source>
        <translation>Alle Aufgaben, auch erledigte</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="50"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="172"/>
        <location filename="../../ui/views/tasks_view.py" line="163"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="173"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="175"/>
        <location filename="../../ui/views/tasks_view.py" line="162"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="181"/>
        <location filename="../../ui/views/tasks_view.py" line="164"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../domain/list_columns.py" line="184"/>
        <location filename="../../ui/views/tasks_view.py" line="165"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="83"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="86"/>
        <source>Filter by task… (Ctrl+F)</source>
        <translation>Nach Aufgabe filtern … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="92"/>
        <source>Task “{name}” deleted.</source>
        <translation>Aufgabe „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="95"/>
        <source>No tasks here. Create one with New (Ctrl+N).</source>
        <translation>Hier sind keine Aufgaben. Legen Sie eine mit Neu (Strg+N) an.</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="168"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/events/event_actions.py" line="151"/>
        <source>Letter text – %1</source>
        <translation>Brieftext – %1</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="162"/>
        <source>Placeholders: {event_name}, {event_date}, {event_time}, {event_place}, {registration_deadline}, {registration_link}, {organisation}, {salutation}, {staff_name}, {staff_phone}, {staff_email}</source>
        <translation>Platzhalter: {event_name}, {event_date}, {event_time}, {event_place}, {registration_deadline}, {registration_link}, {organisation}, {salutation}, {staff_name}, {staff_phone}, {staff_email}</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="169"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="172"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="176"/>
        <source>Your institution&apos;s own text.</source>
        <translation>Der eigene Text Ihrer Institution.</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="178"/>
        <source>The text shipped with the program; saving makes it your institution&apos;s.</source>
        <translation>Der mitgelieferte Text; beim Speichern wird er zum eigenen Text Ihrer Institution.</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="183"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="55"/>
        <source>Word templates of the institution</source>
        <translation>Word-Vorlagen der Institution</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="57"/>
        <source>Registered Word templates</source>
        <translation>Eingetragene Word-Vorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="59"/>
        <source>&amp;Add Word template…</source>
        <translation>Word-&amp;Vorlage hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="61"/>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="66"/>
        <source>Merge fields (Seriendruckfelder) or placeholders in double braces the letters are filled with: %1</source>
        <translation>Seriendruckfelder oder Platzhalter in doppelten geschweiften Klammern, mit denen die Briefe gefüllt werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="96"/>
        <source>no fields</source>
        <translation>keine Felder</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="98"/>
        <source>unknown, stay empty: %1</source>
        <translation>unbekannt, bleiben leer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="104"/>
        <source>Add Word template</source>
        <translation>Word-Vorlage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="106"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-Dokumente und -Vorlagen (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="120"/>
        <source>%1 added. These fields are unknown and stay empty: %2</source>
        <translation>%1 hinzugefügt. Diese Felder sind unbekannt und bleiben leer: %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="126"/>
        <source>%1 added; every field is known.</source>
        <translation>%1 hinzugefügt; alle Felder sind bekannt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="146"/>
        <source>Texts of the letters</source>
        <translation>Texte der Briefe</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="148"/>
        <source>Letter template</source>
        <translation>Briefvorlage</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="155"/>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="160"/>
        <source>Lines before --- name the title, purpose and subject; below it the letter. {first_name}, {organisation}, … are filled for each recipient.</source>
        <translation>Die Zeilen vor --- nennen Titel, Zweck und Betreff, darunter steht der Brief. {first_name}, {organisation}, … werden für jeden Empfänger gefüllt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="165"/>
        <source>Save te&amp;xt</source>
        <translation>&amp;Text speichern</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="167"/>
        <source>Back to the or&amp;iginal text</source>
        <translation>&amp;Zurück zum Originaltext</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="199"/>
        <source>Edited text (your copy)</source>
        <translation>Geänderter Text (Ihre Fassung)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="199"/>
        <source>Original text</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <location filename="../../ui/printing/templates_page.py" line="215"/>
        <source>Saved: letters use this text from now on.</source>
        <translation>Gespeichert: Die Briefe verwenden ab jetzt diesen Text.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="41"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="42"/>
        <source>Needs</source>
        <translation>Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="43"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="44"/>
        <source>Referral stages</source>
        <translation>Vermittlungsschritte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="45"/>
        <source>Cooperations</source>
        <translation>Kooperationen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="46"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="47"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="48"/>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="49"/>
        <source>In the network</source>
        <translation>Im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="53"/>
        <source>Parent company of</source>
        <translation>Mutter von</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="54"/>
        <source>Customer of</source>
        <translation>Abnehmer von</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="55"/>
        <source>Has as member</source>
        <translation>Hat als Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="56"/>
        <source>Cooperation partner of</source>
        <translation>Kooperationspartner von</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="57"/>
        <source>Has as spin-off</source>
        <translation>Hat als Ausgründung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="72"/>
        <source>Need: {topic} ({urgency})</source>
        <translation>Bedarf: {topic} ({urgency})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="77"/>
        <source>Referred to {other}</source>
        <translation>Vermittelt an {other}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="79"/>
        <source>Referral partner for {other}</source>
        <translation>Vermittlungspartner für {other}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="83"/>
        <source>Referral {stage}: {other}</source>
        <translation>Vermittlung {stage}: {other}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="87"/>
        <source>Cooperation ({kind}): {title}</source>
        <translation>Kooperation ({kind}): {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="96"/>
        <source>In the network: {status}</source>
        <translation>Im Netzwerk: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="102"/>
        <source>Event ({status}): {name}</source>
        <translation>Veranstaltung ({status}): {name}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="106"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="108"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="110"/>
        <source>Task ({state}): {title}</source>
        <translation>Aufgabe ({state}): {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="132"/>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="133"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="137"/>
        <location filename="../../ui/widgets/timeline_widget.py" line="142"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="138"/>
        <source>All institutions</source>
        <translation>Alle Institutionen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="142"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="142"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="145"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="150"/>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="154"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../ui/upload_dialog.py" line="40"/>
        <source>Move to the office database</source>
        <translation>In Büro-Datenbank übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="43"/>
        <source>Copies every record of this computer&apos;s database to the office server, owned by the institution chosen, with the visibility it has. Log in as the server&apos;s administrator. Running it again copies nothing twice.</source>
        <translation>Kopiert jeden Datensatz der Datenbank dieses Computers auf den Büro-Server, als Eigentum der gewählten Institution und mit seiner Sichtbarkeit. Melden Sie sich als Administrator des Servers an. Ein zweiter Lauf kopiert nichts doppelt.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="59"/>
        <source>Only check, write nothing</source>
        <translation>Nur prüfen, nichts schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="63"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="64"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="65"/>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="82"/>
        <source>Give the server as postgresql://LOGIN@SERVER/DATABASE.</source>
        <translation>Geben Sie den Server als postgresql://LOGIN@SERVER/DATENBANK an.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="90"/>
        <source>Copying…</source>
        <translation>Kopiere…</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="116"/>
        <source>Copying: {table}</source>
        <translation>Kopiere: {table}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/upload_dialog.py" line="146"/>
        <source>Check only: %n record(s) would be copied.</source>
        <translation>
            <numerusform>Nur geprüft: %n Datensatz würde kopiert.</numerusform>
            <numerusform>Nur geprüft: %n Datensätze würden kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/upload_dialog.py" line="150"/>
        <source>%n record(s) copied.</source>
        <translation>
            <numerusform>%n Datensatz kopiert.</numerusform>
            <numerusform>%n Datensätze kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/upload_dialog.py" line="153"/>
        <source>%n record(s) on the server already, skipped.</source>
        <translation>
            <numerusform>%n Datensatz schon auf dem Server, übersprungen.</numerusform>
            <numerusform>%n Datensätze schon auf dem Server, übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/upload_dialog.py" line="160"/>
        <source>%n record(s) look like one already on the server: merge them with the duplicate finder.</source>
        <translation>
            <numerusform>%n Datensatz sieht aus wie einer, der schon auf dem Server ist: mit der Dublettensuche zusammenführen.</numerusform>
            <numerusform>%n Datensätze sehen aus wie solche, die schon auf dem Server sind: mit der Dublettensuche zusammenführen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="81"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="89"/>
        <location filename="../../ui/dialogs/visit_dialog.py" line="98"/>
        <source>Type part of the name, then Return</source>
        <translation>Teil des Namens eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="220"/>
        <source>{name} (new)</source>
        <translation>{name} (neu)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="432"/>
        <source>Need {n}</source>
        <translation>Bedarf {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="433"/>
        <source>Next step {n}</source>
        <translation>Nächster Schritt {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="434"/>
        <source>Person met {n}</source>
        <translation>Gesprächspartner {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="478"/>
        <location filename="../../../forms/visit_dialog.ui" line="22"/>
        <source>Record visit</source>
        <translation>Besuch erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="481"/>
        <source>Activity: {subject}</source>
        <translation>Aktivität: {subject}</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="34"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="47"/>
        <source>&amp;Date, time:</source>
        <translation>&amp;Datum, Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="59"/>
        <location filename="../../../forms/visit_dialog.ui" line="572"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="72"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="82"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="136"/>
        <source>&amp;Organisations:</source>
        <translation>&amp;Organisationen:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="176"/>
        <source>P&amp;eople met:</source>
        <translation>&amp;Gesprächspartner:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="198"/>
        <source>Add as new &amp;person</source>
        <translation>Als neue &amp;Person anlegen</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="226"/>
        <source>S&amp;taff present:</source>
        <translation>&amp;Teilnehmende Mitarbeitende:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="252"/>
        <source>Sub&amp;ject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="262"/>
        <source>e.g. First visit, production tour</source>
        <translation>z. B. Erstbesuch, Rundgang durch die Fertigung</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="285"/>
        <source>P&amp;lace:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="314"/>
        <source>&amp;Visible to:</source>
        <translation>Sichtbar&amp;keit:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="344"/>
        <source>Sit&amp;uation:</source>
        <translation>S&amp;ituation:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="383"/>
        <source>&lt;b&gt;Needs found&lt;/b&gt;</source>
        <translation>&lt;b&gt;Festgestellte Bedarfe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="392"/>
        <source>&amp;Need:</source>
        <translation>B&amp;edarf:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="402"/>
        <source>Topic, e.g. laser welding of thin sheets</source>
        <translation>Thema, z. B. Laserschweißen von Dünnblechen</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="409"/>
        <source>Desc&amp;ription:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="422"/>
        <source>&amp;Competence:</source>
        <translation>Ko&amp;mpetenz:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="435"/>
        <source>Sector sought (W&amp;Z):</source>
        <translation>Gesuchte Branche (&amp;WZ):</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="438"/>
        <source>The sector of the partner the company looks for, not its own sector</source>
        <translation>Die Branche des Partners, den das Unternehmen sucht – nicht seine eigene Branche</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="448"/>
        <source>25.62</source>
        <translation>25.62</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="461"/>
        <source>Ur&amp;gency:</source>
        <translation>Dring&amp;lichkeit:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="474"/>
        <source>&amp;Add need (Return)</source>
        <translation>Bedarf &amp;hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="508"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="513"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="518"/>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="523"/>
        <source>WZ</source>
        <translation>WZ</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="528"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="536"/>
        <source>&lt;b&gt;Agreed next steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vereinbarte nächste Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="545"/>
        <source>Ne&amp;xt step:</source>
        <translation>&amp;Nächster Schritt:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="555"/>
        <source>e.g. Send contact of the university chair</source>
        <translation>z. B. Kontakt zum Lehrstuhl weitergeben</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="562"/>
        <source>Due &amp;by:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="585"/>
        <source>Ass&amp;ignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="598"/>
        <source>Add step (Return)</source>
        <translation>Schritt hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="632"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="637"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="642"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="650"/>
        <source>Del removes the selected row; Return on a row takes it back into the fields.</source>
        <translation>Entf entfernt die gewählte Zeile; die Eingabetaste auf einer Zeile holt sie zum Bearbeiten zurück in die Felder.</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="44"/>
        <source>Technology terms</source>
        <translation>Fachbegriffe</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="48"/>
        <source>The partner suggestions and the needs radar find these terms and their synonyms as whole words. Add a synonym where a firm or a need says it in other words; every colleague matches with it after saving (and laptops after their next sync).</source>
        <translation>Die Partnervorschläge und das Bedarfsradar finden diese Begriffe und ihre Synonyme als ganze Wörter. Ergänzen Sie ein Synonym, wo eine Firma oder ein Bedarf es mit anderen Worten sagt; nach dem Speichern sucht jede Kollegin und jeder Kollege damit (Laptops nach ihrer nächsten Synchronisierung).</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="59"/>
        <source>Find a term or synonym</source>
        <translation>Begriff oder Synonym suchen</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="61"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="70"/>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="70"/>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="70"/>
        <source>Broader term</source>
        <translation>Oberbegriff</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="86"/>
        <source>&amp;Term:</source>
        <translation>&amp;Begriff:</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="92"/>
        <source>separated by ; e.g. Gleitschleifen; Trowalisieren</source>
        <translation>durch ; getrennt, z. B. Gleitschleifen; Trowalisieren</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="95"/>
        <source>&amp;Synonyms (added):</source>
        <translation>S&amp;ynonyme (ergänzt):</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="104"/>
        <source>&amp;Broader term:</source>
        <translation>&amp;Oberbegriff:</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="110"/>
        <source>&amp;New term</source>
        <translation>&amp;Neuer Begriff</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="112"/>
        <source>Sa&amp;ve term</source>
        <translation>Begriff s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="114"/>
        <source>&amp;Remove additions</source>
        <translation>Ergänzungen &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="125"/>
        <source>e.g. Entgraten von Frästeilen</source>
        <translation>z. B. Entgraten von Frästeilen</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="130"/>
        <source>Tr&amp;y a text:</source>
        <translation>Text &amp;ausprobieren:</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="135"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="199"/>
        <source>Added by staff</source>
        <translation>Von Mitarbeitenden ergänzt</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="260"/>
        <source>Cannot save the term</source>
        <translation>Begriff kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="263"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="282"/>
        <source>Cannot remove the term</source>
        <translation>Begriff kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="284"/>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="296"/>
        <source>Terms found: %1</source>
        <translation>Gefundene Begriffe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/vocabulary_dialog.py" line="298"/>
        <source>No term of the vocabulary found</source>
        <translation>Kein Begriff des Vokabulars gefunden</translation>
    </message>
</context>
<context>
    <name>WordMergeDialog</name>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="63"/>
        <location filename="../../ui/printing/word_merge.py" line="221"/>
        <source>Mail merge with a Word template</source>
        <translation>Serienbrief mit Word-Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="67"/>
        <source>Word template</source>
        <translation>Word-Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="74"/>
        <source>&amp;One document with a page per letter</source>
        <translation>&amp;Ein Dokument, jeder Brief auf neuer Seite</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="75"/>
        <source>One document &amp;per person</source>
        <translation>Ein Dokument je &amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="77"/>
        <source>Also as P&amp;DF (LibreOffice)</source>
        <translation>Auch als P&amp;DF (LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="80"/>
        <source>LibreOffice is not installed on this computer.</source>
        <translation>LibreOffice ist auf diesem Computer nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="82"/>
        <location filename="../../ui/printing/word_merge.py" line="163"/>
        <source>Folder for the documents</source>
        <translation>Ordner für die Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="83"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="94"/>
        <source>&amp;Word template:</source>
        <translation>&amp;Word-Vorlage:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="96"/>
        <source>Re&amp;cipients:</source>
        <translation>Empfän&amp;ger:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="100"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="103"/>
        <source>C&amp;reate documents</source>
        <translation>Dokumente e&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="106"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="124"/>
        <source>No Word template is registered yet. Add the institution&apos;s letterhead under Settings → Templates.</source>
        <translation>Noch keine Word-Vorlage eingerichtet. Fügen Sie den Briefkopf der Institution unter Einstellungen → Vorlagen hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="154"/>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="156"/>
        <location filename="../../ui/printing/word_merge.py" line="243"/>
        <source>Unknown, they stay empty: %1</source>
        <translation>Unbekannt, sie bleiben leer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="190"/>
        <source>Choose the folder for the documents.</source>
        <translation>Wählen Sie den Ordner für die Dokumente.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="223"/>
        <source>Letter %1 of %2</source>
        <translation>Brief %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="237"/>
        <source>%1 letters in %2 file(s) written to %3.</source>
        <translation>%1 Briefe in %2 Datei(en) geschrieben nach %3.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/word_merge.py" line="268"/>
        <source>The documents cannot be written: %1</source>
        <translation>Die Dokumente können nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>WzPicker</name>
    <message>
        <location filename="../../ui/widgets/wz_picker.py" line="78"/>
        <source>Type a code or a word, e.g. Mechanik</source>
        <translation>Code oder Stichwort eingeben, z. B. Mechanik</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wz_picker.py" line="158"/>
        <source>Not a code of the WZ 2008 list</source>
        <translation>Kein Code aus der WZ 2008</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="236"/>
        <source>In|Die Desktop is already running with the data folder {folder} (process {pid}). Switch to its window; a second window on the same data would damage it.</source>
        <translation>In|Die Desktop läuft bereits mit dem Datenordner {folder} (Prozess {pid}). Wechseln Sie in dessen Fenster; ein zweites Fenster auf denselben Daten würde sie beschädigen.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="344"/>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="54"/>
        <source>The database file cannot be read.</source>
        <translation>Die Datenbankdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="55"/>
        <source>The file is not a usable database (its beginning is damaged or it is another kind of file).</source>
        <translation>Die Datei ist keine verwendbare Datenbank (ihr Anfang ist beschädigt oder es ist eine andere Art von Datei).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="60"/>
        <source>The database file is damaged (its header is broken).</source>
        <translation>Die Datenbankdatei ist beschädigt (ihr Dateikopf ist defekt).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="61"/>
        <source>The database file is truncated or damaged (its size does not fit its pages).</source>
        <translation>Die Datenbankdatei ist abgeschnitten oder beschädigt (ihre Größe passt nicht zu ihren Seiten).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="65"/>
        <source>The database file is truncated: part of it is missing.</source>
        <translation>Die Datenbankdatei ist abgeschnitten: Ein Teil fehlt.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="66"/>
        <source>The database file is truncated or damaged (SQLite cannot read its structure).</source>
        <translation>Die Datenbankdatei ist abgeschnitten oder beschädigt (SQLite kann ihren Aufbau nicht lesen).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="70"/>
        <source>The database file is empty, although there are backups of it: it was emptied or cut off.</source>
        <translation>Die Datenbankdatei ist leer, obwohl es Sicherungen von ihr gibt: Sie wurde geleert oder abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="74"/>
        <source>The database file cannot be opened.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="75"/>
        <source>The database file is damaged.</source>
        <translation>Die Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="76"/>
        <source>The backup cannot be read.</source>
        <translation>Die Sicherung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="77"/>
        <source>The file is not a database of this application.</source>
        <translation>Die Datei ist keine Datenbank dieses Programms.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="78"/>
        <source>The file is not a usable database.</source>
        <translation>Die Datei ist keine verwendbare Datenbank.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="81"/>
        <source>daily at start</source>
        <translation>täglich beim Start</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="82"/>
        <source>before an update</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="83"/>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="84"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="85"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="107"/>
        <source>Backup of {when}: cannot be restored. {problem}</source>
        <translation>Sicherung vom {when}: kann nicht wiederhergestellt werden. {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="110"/>
        <source>Backup of {when}: {organisations} organisations, {people} people, {activities} activities.</source>
        <translation>Sicherung vom {when}: {organisations} Organisationen, {people} Personen, {activities} Aktivitäten.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="123"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="297"/>
        <source>The database file {path} is damaged and cannot be used: {problem}

It has not been changed: it will be kept beside the restored file.</source>
        <translation>Die Datenbankdatei {path} ist beschädigt und kann nicht verwendet werden: {problem}

Sie wurde nicht verändert und bleibt neben der wiederhergestellten Datei erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="303"/>
        <source>The newest intact backup: {preview}</source>
        <translation>Die neueste intakte Sicherung: {preview}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="307"/>
        <source>No intact backup was found in the backup folder.</source>
        <translation>Im Sicherungsordner wurde keine intakte Sicherung gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="312"/>
        <location filename="../../ui/backup_dialogs.py" line="478"/>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="321"/>
        <source>Restore the &amp;newest backup</source>
        <translation>&amp;Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="325"/>
        <source>&amp;Choose a backup…</source>
        <translation>Sicherung &amp;auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="328"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="336"/>
        <location filename="../../ui/backup_dialogs.py" line="375"/>
        <location filename="../../ui/backup_dialogs.py" line="395"/>
        <location filename="../../ui/backup_dialogs.py" line="449"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="337"/>
        <source>Replace the current database with this backup?

{preview}

Everything entered since then is no longer shown; the current database is kept as a backup and can be restored in the same way.</source>
        <translation>Die aktuelle Datenbank durch diese Sicherung ersetzen?

{preview}

Was seitdem eingegeben wurde, ist danach nicht mehr zu sehen; die aktuelle Datenbank wird als Sicherung aufbewahrt und kann auf dieselbe Weise wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="376"/>
        <source>Backups are kept of the local database file only; this is a shared database.</source>
        <translation>Sicherungen gibt es nur von der lokalen Datenbankdatei; dies ist eine gemeinsame Datenbank.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="411"/>
        <source>Restored: {preview}</source>
        <translation>Wiederhergestellt: {preview}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="479"/>
        <source>The check of the database file found damage: {problem}

No backup was taken today, so that the intact ones are kept. Restore a backup now?</source>
        <translation>Die Prüfung der Datenbankdatei hat einen Schaden gefunden: {problem}

Heute wurde keine Sicherung erstellt, damit die intakten erhalten bleiben. Jetzt eine Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="494"/>
        <source>The daily backup failed: {error}</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/crash.py" line="118"/>
        <source>Something unexpected went wrong. Your open windows stay as they are, so nothing you typed is lost; save your work. If it happens again, send the details below to your administrator.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre geöffneten Fenster bleiben unverändert, Ihre Eingaben gehen also nicht verloren; speichern Sie Ihre Arbeit. Tritt der Fehler erneut auf, senden Sie bitte die unten stehenden Details an Ihre IT-Administration.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="125"/>
        <source>The details are also in the log file {path}.</source>
        <translation>Die Details stehen auch in der Protokolldatei {path}.</translation>
    </message>
</context>
<context>
    <name>detail_html</name>
    <message>
        <location filename="../../ui/views/detail_html.py" line="104"/>
        <source>{since} until {until}</source>
        <translation>{since} bis {until}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail_html.py" line="107"/>
        <source>since {date}</source>
        <translation>seit {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail_html.py" line="111"/>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail_html.py" line="135"/>
        <source>primary</source>
        <translation>Hauptzuordnung</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="109"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>WZ code</source>
        <translation>WZ-Code</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Founded</source>
        <translation>Gründungsjahr</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>The database cannot be used.</source>
        <translation>Die Datenbank kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>Your access has been disabled. Please ask your administrator.</source>
        <translation>Ihr Zugang wurde deaktiviert. Bitte wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>The data folder is on a network drive. A local database file must not live on a network share (it would be corrupted); use the shared PostgreSQL database instead.</source>
        <translation>Der Datenordner liegt auf einem Netzlaufwerk. Eine lokale Datenbankdatei darf nicht auf einer Netzwerkfreigabe liegen (sie würde beschädigt); verwenden Sie stattdessen die gemeinsame PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>The database file %1 cannot be read.</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>The file %1 is not a usable database.</source>
        <translation>Die Datei %1 ist keine verwendbare Datenbank.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>This offline copy was not synchronised for too long: the server no longer keeps every change since then. Your own changes were uploaded. Make a new offline copy in an empty folder.</source>
        <translation>Diese Offline-Kopie wurde zu lange nicht abgeglichen: Der Server hält nicht mehr alle Änderungen seitdem vor. Ihre eigenen Änderungen wurden hochgeladen. Legen Sie bitte eine neue Offline-Kopie in einem leeren Ordner an.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>Some entries are not valid:</source>
        <translation>Einige Eingaben sind ungültig:</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="215"/>
        <source>Somebody else changed this record meanwhile. Reload it and try again.</source>
        <translation>Jemand anderes hat diesen Datensatz inzwischen geändert. Laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="221"/>
        <source>The record no longer exists: it was deleted, or you may no longer see it.</source>
        <translation>Der Datensatz ist nicht mehr vorhanden: Er wurde gelöscht, oder Sie dürfen ihn nicht mehr sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="230"/>
        <source>You are not allowed to do this.</source>
        <translation>Das dürfen Sie nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="238"/>
        <source>An unexpected error occurred.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
</context>
<context>
    <name>export_list</name>
    <message>
        <location filename="../../ui/export_list.py" line="29"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_list.py" line="30"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_list.py" line="33"/>
        <source>vCard address cards (*.vcf)</source>
        <translation>vCard-Visitenkarten (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_list.py" line="35"/>
        <source>Calendar for Outlook (*.ics)</source>
        <translation>Kalender für Outlook (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/export_list.py" line="38"/>
        <location filename="../../ui/export_list.py" line="74"/>
        <location filename="../../ui/export_list.py" line="95"/>
        <source>Export list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/export_list.py" line="75"/>
        <source>Choose a file ending in .csv, .xlsx or .vcf.</source>
        <translation>Bitte einen Dateinamen mit der Endung .csv, .xlsx oder .vcf wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/export_list.py" line="89"/>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <location filename="../../ui/export_list.py" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/export_list.py" line="129"/>
        <source>{count} selected entries written to {file}.</source>
        <translation>{count} ausgewählte Einträge in {file} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/export_list.py" line="131"/>
        <source>{count} entries written to {file}.</source>
        <translation>{count} Einträge in {file} gespeichert.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>Institutions and staff</source>
        <translation>Institutionen und Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="48"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="50"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="51"/>
        <source>Activities and needs</source>
        <translation>Aktivitäten und Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="52"/>
        <source>Referrals and cooperations</source>
        <translation>Vermittlungen und Kooperationen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Companies in the network</source>
        <translation>Unternehmen im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>Search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="69"/>
        <source>Creating the demo network…</source>
        <translation>Demo-Netzwerk wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="70"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="75"/>
        <source>Demo network</source>
        <translation>Demo-Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="88"/>
        <source>Creating the demo network: {phase}</source>
        <translation>Demo-Netzwerk wird angelegt: {phase}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/views/history_html.py" line="17"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="18"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="19"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="20"/>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="21"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="26"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="27"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="28"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="29"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="30"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="31"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="32"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="33"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="34"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="35"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="36"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="37"/>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="38"/>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="40"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="41"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="42"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="43"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="44"/>
        <source>WZ 2008</source>
        <translation>WZ 2008</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="45"/>
        <source>Responsible</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="46"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="50"/>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="51"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_html.py" line="52"/>
        <source>… and older entries</source>
        <translation>… und ältere Einträge</translation>
    </message>
</context>
<context>
    <name>import_errors</name>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="18"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="19"/>
        <source>The workbook would unpack to %1 MB; it is damaged or not a real table. Save it again from Excel or as CSV.</source>
        <translation>Die Arbeitsmappe würde entpackt %1 MB belegen; sie ist beschädigt oder keine echte Tabelle. Speichern Sie sie in Excel neu oder als CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="24"/>
        <source>The workbook is protected by a password. Save it without one and import again.</source>
        <translation>Die Arbeitsmappe ist mit einem Kennwort geschützt. Speichern Sie sie ohne Kennwort und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="28"/>
        <source>The file is too large (%1 MB); at most %2 MB can be imported. Split it into smaller files.</source>
        <translation>Die Datei ist zu groß (%1 MB); importiert werden können höchstens %2 MB. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="33"/>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="34"/>
        <source>Old Excel files (.xls) cannot be read. Save the file in Excel as .xlsx or CSV.</source>
        <translation>Alte Excel-Dateien (.xls) können nicht gelesen werden. Speichern Sie die Datei in Excel als .xlsx oder CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="38"/>
        <source>Files of type %1 cannot be imported; choose a CSV, Excel (.xlsx) or vCard (.vcf) file.</source>
        <translation>Dateien vom Typ %1 können nicht importiert werden; wählen Sie eine CSV-, Excel- (.xlsx) oder vCard-Datei (.vcf).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="42"/>
        <source>The file cannot be read as %1: byte %2 does not fit. Choose another encoding.</source>
        <translation>Die Datei lässt sich nicht als %1 lesen: Byte %2 passt nicht dazu. Wählen Sie eine andere Zeichenkodierung.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="46"/>
        <source>This is not a text file (it contains binary data).</source>
        <translation>Das ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="47"/>
        <source>The file has more than %1 rows.</source>
        <translation>Die Datei hat mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="48"/>
        <source>The file is damaged or cut off near row %1: a quoted field is not closed or a quote stands in the wrong place.</source>
        <translation>Die Datei ist bei Zeile %1 beschädigt oder abgeschnitten: Ein Feld in Anführungszeichen ist nicht geschlossen, oder ein Anführungszeichen steht an falscher Stelle.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="53"/>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="54"/>
        <source>This is not a readable Excel workbook (.xlsx); it may be damaged, cut off or an old .xls file. Save it again from Excel as .xlsx or CSV.</source>
        <translation>Das ist keine lesbare Excel-Arbeitsmappe (.xlsx); sie ist vielleicht beschädigt, abgeschnitten oder eine alte .xls-Datei. Speichern Sie sie in Excel erneut als .xlsx oder CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="59"/>
        <source>The workbook has no sheet named “%1”.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="60"/>
        <source>The sheet has more than %1 rows.</source>
        <translation>Das Tabellenblatt hat mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="61"/>
        <source>The workbook is damaged and cannot be read to its end.</source>
        <translation>Die Arbeitsmappe ist beschädigt und lässt sich nicht bis zum Ende lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="62"/>
        <source>The sheet holds no rows.</source>
        <translation>Das Tabellenblatt enthält keine Zeilen.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="63"/>
        <source>Line %1 of the vCard file is not a property (no &apos;:&apos;).</source>
        <translation>Zeile %1 der vCard-Datei ist keine Eigenschaft (kein „:“).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="64"/>
        <source>Line %1 of the vCard file is damaged.</source>
        <translation>Zeile %1 der vCard-Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="65"/>
        <source>A card is not closed before line %1 (END:VCARD).</source>
        <translation>Eine Karte ist vor Zeile %1 nicht abgeschlossen (END:VCARD).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="66"/>
        <source>Line %1: END:VCARD without BEGIN:VCARD.</source>
        <translation>Zeile %1: END:VCARD ohne BEGIN:VCARD.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="67"/>
        <source>The file has more than %1 cards.</source>
        <translation>Die Datei hat mehr als %1 Karten.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="68"/>
        <source>Line %1 stands outside a card (BEGIN:VCARD missing).</source>
        <translation>Zeile %1 steht außerhalb einer Karte (BEGIN:VCARD fehlt).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="69"/>
        <source>The file ends inside a card: it is cut off (END:VCARD missing).</source>
        <translation>Die Datei endet mitten in einer Karte: Sie ist abgeschnitten (END:VCARD fehlt).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="72"/>
        <source>The file holds no vCard (BEGIN:VCARD ... END:VCARD).</source>
        <translation>Die Datei enthält keine vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_errors.py" line="73"/>
        <source>This is not a vCard file (it contains binary data).</source>
        <translation>Das ist keine vCard-Datei (sie enthält Binärdaten).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../domain/enum_labels.py" line="61"/>
        <source>Whole network</source>
        <translation>Netzwerkweit</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="62"/>
        <source>My institution only</source>
        <translation>Nur eigene Institution</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="63"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="64"/>
        <source>Craft business</source>
        <translation>Handwerksbetrieb</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="65"/>
        <location filename="../../domain/enum_labels.py" line="128"/>
        <source>Service provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="66"/>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="67"/>
        <location filename="../../domain/enum_labels.py" line="127"/>
        <source>Research institute</source>
        <translation>Forschungseinrichtung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="68"/>
        <source>Chamber/agency</source>
        <translation>Kammer/Agentur</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="60"/>
        <location filename="../../domain/enum_labels.py" line="69"/>
        <location filename="../../domain/enum_labels.py" line="146"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="70"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="71"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="72"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="73"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="74"/>
        <source>IHK (chamber of commerce)</source>
        <translation>IHK</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="75"/>
        <source>HWK (chamber of crafts)</source>
        <translation>HWK</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="76"/>
        <source>1–9 employees</source>
        <translation>1–9 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="77"/>
        <source>10–49 employees</source>
        <translation>10–49 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="78"/>
        <source>50–249 employees</source>
        <translation>50–249 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="79"/>
        <source>250–499 employees</source>
        <translation>250–499 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="80"/>
        <source>500 or more employees</source>
        <translation>500 und mehr Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="81"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="82"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="83"/>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="84"/>
        <source>No salutation</source>
        <translation>Keine Anrede</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="52"/>
        <location filename="../../domain/enum_labels.py" line="85"/>
        <location filename="../../domain/enum_labels.py" line="111"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="53"/>
        <location filename="../../domain/enum_labels.py" line="86"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="54"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="55"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="56"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="57"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="87"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="88"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="89"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="90"/>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="91"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="92"/>
        <source>Public task</source>
        <translation>Öffentliche Aufgabe</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="93"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="94"/>
        <source>Event invitations</source>
        <translation>Veranstaltungseinladungen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="95"/>
        <source>Passing on to partners</source>
        <translation>Weitergabe an Partner</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="98"/>
        <source>Company named to universities</source>
        <translation>Nennung des Unternehmens gegenüber Hochschulen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="100"/>
        <source>Awaiting answer</source>
        <translation>Antwort ausstehend</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="101"/>
        <source>Interesting</source>
        <translation>Interessant</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="102"/>
        <source>Unit named</source>
        <translation>Einheit benannt</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="104"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="105"/>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="106"/>
        <source>Participating</source>
        <translation>Nimmt teil</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="107"/>
        <source>Network partner</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="108"/>
        <source>Left the network</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="109"/>
        <source>Company visit</source>
        <translation>Firmenbesuch</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="110"/>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="112"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="113"/>
        <location filename="../../domain/enum_labels.py" line="156"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="114"/>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="115"/>
        <location filename="../../domain/enum_labels.py" line="155"/>
        <source>Business trip</source>
        <translation>Unternehmerreise</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="116"/>
        <location filename="../../domain/enum_labels.py" line="153"/>
        <source>Sector meeting</source>
        <translation>Branchentreff</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="117"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="118"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="119"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="120"/>
        <source>Subsidiary of</source>
        <translation>Tochter von</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="121"/>
        <source>Supplier of</source>
        <translation>Zulieferer von</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="122"/>
        <source>Member of</source>
        <translation>Mitglied in</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="123"/>
        <source>Cooperation partner of</source>
        <translation>Kooperationspartner von</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="124"/>
        <source>Spin-off of</source>
        <translation>Ausgründung von</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="125"/>
        <source>Any partner</source>
        <translation>Beliebiger Partner</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="126"/>
        <source>University or research institute</source>
        <translation>Hochschule oder Forschungsinstitut</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="129"/>
        <source>Supplier or craft business</source>
        <translation>Zulieferer oder Handwerksbetrieb</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="130"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="131"/>
        <source>In referral</source>
        <translation>In Vermittlung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="132"/>
        <source>Satisfied</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="133"/>
        <source>Dropped</source>
        <translation>Nicht weiterverfolgt</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="134"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="135"/>
        <source>Introduced</source>
        <translation>Kontakt hergestellt</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="136"/>
        <source>First meeting</source>
        <translation>Erstgespräch</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="137"/>
        <source>Cooperation agreed</source>
        <translation>Kooperation vereinbart</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="103"/>
        <location filename="../../domain/enum_labels.py" line="138"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="58"/>
        <source>Work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="59"/>
        <source>Home</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="139"/>
        <source>No response</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="140"/>
        <source>R&amp;D project</source>
        <translation>FuE-Projekt</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="141"/>
        <source>Contract research</source>
        <translation>Auftragsforschung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="142"/>
        <source>Thesis</source>
        <translation>Abschlussarbeit</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="143"/>
        <source>Funding application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="144"/>
        <source>Supplier relation</source>
        <translation>Lieferbeziehung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="145"/>
        <location filename="../../domain/enum_labels.py" line="154"/>
        <source>Joint trade fair stand</source>
        <translation>Gemeinschaftsstand</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="147"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="148"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="149"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="150"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="151"/>
        <source>Referral</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="152"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="157"/>
        <source>Workshop / transfer day</source>
        <translation>Workshop / Transfertag</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="158"/>
        <source>Network project</source>
        <translation>Netzwerkprojekt</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="159"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="160"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="161"/>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="163"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="164"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="165"/>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="166"/>
        <source>Speaker</source>
        <translation>Referent/in</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="167"/>
        <source>Exhibitor</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="168"/>
        <source>Companion</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="169"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="170"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="171"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="172"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="173"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="162"/>
        <location filename="../../domain/enum_labels.py" line="174"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="180"/>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="181"/>
        <source>Craft businesses</source>
        <translation>Handwerksbetriebe</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="182"/>
        <source>Service providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="183"/>
        <source>Universities</source>
        <translation>Hochschulen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="184"/>
        <source>Research institutes</source>
        <translation>Forschungseinrichtungen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="185"/>
        <source>Chambers &amp; agencies</source>
        <translation>Kammern und Agenturen</translation>
    </message>
    <message>
        <location filename="../../domain/enum_labels.py" line="186"/>
        <source>Other organisations</source>
        <translation>Sonstige Organisationen</translation>
    </message>
</context>
<context>
    <name>mail_merge</name>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="52"/>
        <source>no postal address (no organisation with street, postcode and city)</source>
        <translation>keine Postanschrift (keine Organisation mit Straße, PLZ und Ort)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="55"/>
        <source>not found or deleted</source>
        <translation>nicht gefunden oder gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="56"/>
        <source>no primary contact</source>
        <translation>keine Hauptansprechperson</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="58"/>
        <source>Objection since %1</source>
        <translation>Widerspruch seit %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="59"/>
        <source>Consent withdrawn on %1</source>
        <translation>Einwilligung widerrufen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="60"/>
        <source>Consent expired on %1</source>
        <translation>Einwilligung abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="61"/>
        <source>Erased or deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="62"/>
        <source>No consent for this purpose</source>
        <translation>Keine Einwilligung für diesen Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/printing/mail_merge.py" line="64"/>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../ui/privacy/forms.py" line="115"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="15"/>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="16"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="17"/>
        <source>Event invitations</source>
        <translation>Veranstaltungseinladungen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="18"/>
        <source>Passing on to partners</source>
        <translation>Weitergabe an Partner</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="19"/>
        <source>All purposes</source>
        <translation>Alle Zwecke</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="22"/>
        <source>Company visit</source>
        <translation>Firmenbesuch</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="23"/>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="24"/>
        <source>Import file</source>
        <translation>Importdatei</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="25"/>
        <source>Web</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="26"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="27"/>
        <location filename="../../ui/privacy/texts.py" line="36"/>
        <source>Referral</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="30"/>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="31"/>
        <source>Consent ran out</source>
        <translation>Einwilligung abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="34"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="35"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="37"/>
        <source>Referral step</source>
        <translation>Vermittlungsschritt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="38"/>
        <source>Cooperation</source>
        <translation>Kooperation</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="39"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="40"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="42"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="45"/>
        <source>Objection since %1</source>
        <translation>Widerspruch seit %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="48"/>
        <source>Consent withdrawn on %1</source>
        <translation>Einwilligung widerrufen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="52"/>
        <source>Consent ran out on %1</source>
        <translation>Einwilligung abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="54"/>
        <source>Last contact %1</source>
        <translation>Letzter Kontakt %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="57"/>
        <source>No consent for this purpose</source>
        <translation>Keine Einwilligung für diesen Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="58"/>
        <source>Erased or deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="59"/>
        <source>Never in contact</source>
        <translation>Nie in Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/texts.py" line="60"/>
        <source>A consent ran out</source>
        <translation>Eine Einwilligung ist abgelaufen</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Enter an amount like 1.234,50</source>
        <translation>Betrag bitte im Format 1.234,50 angeben</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Write an extension with a hyphen, e.g. 0231 123456-12</source>
        <translation>Durchwahl bitte mit Bindestrich angeben, z. B. 0231 123456-12</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Keine gültige Telefonnummer</translation>
    </message>
    <message>
        <source>A German postcode has exactly 5 digits</source>
        <translation>Eine deutsche Postleitzahl hat genau 5 Ziffern</translation>
    </message>
    <message>
        <source>A web address must not contain spaces</source>
        <translation>Eine Webadresse darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://</source>
        <translation>Eine Webadresse beginnt mit http:// oder https://</translation>
    </message>
    <message>
        <source>Not a valid web address</source>
        <translation>Keine gültige Webadresse</translation>
    </message>
    <message>
        <source>Unknown legal form</source>
        <translation>Unbekannte Rechtsform</translation>
    </message>
    <message>
        <source>Unknown WZ 2008 code</source>
        <translation>Unbekannter WZ-2008-Code</translation>
    </message>
    <message>
        <source>Enter a year like 1998</source>
        <translation>Jahr bitte vierstellig angeben, z. B. 1998</translation>
    </message>
    <message>
        <source>The year must not be in the future</source>
        <translation>Das Jahr darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>Not a valid e-mail address</source>
        <translation>Keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @</source>
        <translation>Eine E-Mail-Adresse hat genau ein @</translation>
    </message>
    <message>
        <source>Not a valid e-mail address: the part before the @ is not allowed</source>
        <translation>Keine gültige E-Mail-Adresse: der Teil vor dem @ enthält unzulässige Zeichen</translation>
    </message>
    <message>
        <source>Not a valid e-mail address: the part after the @ is no valid domain</source>
        <translation>Keine gültige E-Mail-Adresse: der Teil nach dem @ ist keine gültige Domain</translation>
    </message>
    <message>
        <source>There is no such month: the month goes from 1 to 12</source>
        <translation>Diesen Monat gibt es nicht: die Monate gehen von 1 bis 12</translation>
    </message>
    <message>
        <source>Not a valid VAT ID (USt-IdNr.)</source>
        <translation>Keine gültige USt-IdNr.</translation>
    </message>
    <message>
        <source>Enter a date as DD.MM.YYYY</source>
        <translation>Datum bitte als TT.MM.JJJJ angeben</translation>
    </message>
    <message>
        <source>This day does not exist in that month</source>
        <translation>Diesen Tag gibt es in diesem Monat nicht</translation>
    </message>
    <message>
        <source>Street or city is required</source>
        <translation>Straße oder Ort fehlt</translation>
    </message>
    <message>
        <source>The new password needs at least 10 characters.</source>
        <translation>Das neue Passwort muss mindestens 10 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Das aktuelle Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the tag</source>
        <translation>Geben Sie das Schlagwort ein</translation>
    </message>
    <message>
        <source>A tag is one word or phrase without commas (≤ 80 characters)</source>
        <translation>Ein Schlagwort ist ein Wort oder eine Wendung ohne Komma (≤ 80 Zeichen)</translation>
    </message>
    <message>
        <source>Unknown staff member</source>
        <translation>Unbekannte Mitarbeiterin / unbekannter Mitarbeiter</translation>
    </message>
    <message>
        <source>There is already a step on this day</source>
        <translation>An diesem Tag ist schon ein Schritt erfasst</translation>
    </message>
    <message>
        <source>The company already has this status then</source>
        <translation>Das Unternehmen hat diesen Status dann schon</translation>
    </message>
    <message>
        <source>Choose the other organisation</source>
        <translation>Wählen Sie die andere Organisation</translation>
    </message>
    <message>
        <source>An organisation cannot be related to itself</source>
        <translation>Eine Organisation kann nicht mit sich selbst in Beziehung stehen</translation>
    </message>
    <message>
        <source>This relation is already recorded</source>
        <translation>Diese Beziehung ist schon erfasst</translation>
    </message>
    <message>
        <source>Enter the number of places as a whole number, e.g. 40</source>
        <translation>Geben Sie die Zahl der Plätze als ganze Zahl an, z. B. 40</translation>
    </message>
    <message>
        <source>Choose the kind of event</source>
        <translation>Wählen Sie die Art der Veranstaltung</translation>
    </message>
    <message>
        <source>The registration deadline is after the event</source>
        <translation>Der Anmeldeschluss liegt nach der Veranstaltung</translation>
    </message>
    <message>
        <source>The letter needs a text</source>
        <translation>Der Brief braucht einen Text</translation>
    </message>
    <message>
        <source>Only staff of an institution can save its text</source>
        <translation>Nur Beschäftigte einer Institution können deren Text speichern</translation>
    </message>
    <message>
        <source>E-mail is not available here</source>
        <translation>E-Mail ist hier nicht verfügbar</translation>
    </message>
    <message>
        <source>A share of the cost cannot be negative</source>
        <translation>Ein Kostenanteil kann nicht negativ sein</translation>
    </message>
    <message>
        <source>Give the target group a name</source>
        <translation>Geben Sie der Zielgruppe einen Namen</translation>
    </message>
    <message>
        <source>At most 120 characters</source>
        <translation>Höchstens 120 Zeichen</translation>
    </message>
    <message>
        <source>A colleague&apos;s shared group has this name; save your private one under another name</source>
        <translation>Eine geteilte Zielgruppe einer Kollegin oder eines Kollegen trägt diesen Namen; speichern Sie Ihre private unter einem anderen Namen</translation>
    </message>
    <message>
        <source>No data folder for the mail queue</source>
        <translation>Kein Datenordner für die Warteschlange der E-Mails</translation>
    </message>
    <message>
        <source>Enter your e-mail address in your staff record to send mails</source>
        <translation>Tragen Sie Ihre E-Mail-Adresse in Ihren Mitarbeiterdatensatz ein, um E-Mails zu senden</translation>
    </message>
    <message>
        <source>The mail server did not take the test mail</source>
        <translation>Der Mailserver hat die Test-Mail nicht angenommen</translation>
    </message>
    <message>
        <source>The mail server refused the login</source>
        <translation>Der Mailserver hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The mail server cannot be reached</source>
        <translation>Der Mailserver ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off</source>
        <translation>Die Verbindung zum Mailserver ist abgebrochen</translation>
    </message>
    <message>
        <source>Choose 1, 2, 3, 6 or 12 months</source>
        <translation>Wählen Sie 1, 2, 3, 6 oder 12 Monate</translation>
    </message>
    <message>
        <source>Enter when the next digest is due</source>
        <translation>Geben Sie an, wann die nächste Übersicht fällig ist</translation>
    </message>
    <message>
        <source>Name the unit that takes the need up</source>
        <translation>Nennen Sie die Einheit, die den Bedarf aufgreift</translation>
    </message>
    <message>
        <source>Nobody is registered for this event yet</source>
        <translation>Für diese Veranstaltung ist noch niemand angemeldet</translation>
    </message>
    <message>
        <source>This person is no current contact of the company</source>
        <translation>Diese Person ist kein aktueller Kontakt des Unternehmens</translation>
    </message>
    <message>
        <source>Templates can only be edited in a local data folder.</source>
        <translation>Vorlagen können nur in einem lokalen Datenordner bearbeitet werden.</translation>
    </message>
    <message>
        <source>The letter text is empty.</source>
        <translation>Der Brieftext ist leer.</translation>
    </message>
    <message>
        <source>Word templates need a templates folder (local data folder).</source>
        <translation>Word-Vorlagen brauchen einen Vorlagenordner (lokaler Datenordner).</translation>
    </message>
    <message>
        <source>Choose a Word document (.docx) or template (.dotx)</source>
        <translation>Wählen Sie ein Word-Dokument (.docx) oder eine Word-Vorlage (.dotx)</translation>
    </message>
    <message>
        <source>LibreOffice made no PDF of the document</source>
        <translation>LibreOffice hat aus dem Dokument kein PDF erstellt</translation>
    </message>
    <message>
        <source>The file is not a Word document (.docx or .dotx)</source>
        <translation>Die Datei ist kein Word-Dokument (.docx oder .dotx)</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the document</source>
        <translation>LibreOffice konnte das Dokument nicht umwandeln</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM</source>
        <translation>Geben Sie eine Uhrzeit als HH:MM ein</translation>
    </message>
    <message>
        <source>Choose the organisation this was with</source>
        <translation>Wählen Sie die Organisation, mit der der Kontakt war</translation>
    </message>
    <message>
        <source>Only files can be attached, not folders</source>
        <translation>Nur Dateien können angehängt werden, keine Ordner</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The value cannot be negative</source>
        <translation>Der Wert darf nicht negativ sein</translation>
    </message>
    <message>
        <source>No mapped column has a value</source>
        <translation>Keine zugeordnete Spalte enthält einen Wert</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Ein Datensatz kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>This field cannot be merged.</source>
        <translation>Dieses Feld kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>This status cannot follow the current one</source>
        <translation>Dieser Status kann nicht auf den jetzigen folgen</translation>
    </message>
    <message>
        <source>A new need starts open; referring it sets “in referral”</source>
        <translation>Ein neuer Bedarf beginnt offen; „in Vermittlung“ setzt die Vermittlung</translation>
    </message>
    <message>
        <source>Only one affiliation can be the primary one</source>
        <translation>Nur eine Zuordnung kann die Hauptzuordnung sein</translation>
    </message>
    <message>
        <source>Erasing personal data is reserved to the data protection role (the database administrator, on the shared database also for its offline copies); ask them to erase this person.</source>
        <translation>Das Löschen personenbezogener Daten ist der Datenschutzrolle vorbehalten (der Datenbankadministration, bei der gemeinsamen Datenbank auch für ihre Offline-Kopien); bitten Sie sie, diese Person zu löschen.</translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>Bitte eine Organisation auswählen</translation>
    </message>
    <message>
        <source>Ends before it begins</source>
        <translation>Das Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>No institution chosen</source>
        <translation>Keine Institution ausgewählt</translation>
    </message>
    <message>
        <source>Choose at least one organisation</source>
        <translation>Wählen Sie mindestens eine Organisation</translation>
    </message>
    <message>
        <source>Choose at least one person</source>
        <translation>Wählen Sie mindestens eine Person</translation>
    </message>
    <message>
        <source>This is not a PDF document</source>
        <translation>Das ist kein PDF-Dokument</translation>
    </message>
    <message>
        <source>None of the chosen records has a postal address</source>
        <translation>Keiner der gewählten Datensätze hat eine Postanschrift</translation>
    </message>
    <message>
        <source>The path is too long (at most 300 characters)</source>
        <translation>Der Pfad ist zu lang (höchstens 300 Zeichen)</translation>
    </message>
    <message>
        <source>The logo cannot be read: choose a PNG or JPEG file that exists</source>
        <translation>Das Logo kann nicht gelesen werden: Wählen Sie eine vorhandene PNG- oder JPEG-Datei</translation>
    </message>
    <message>
        <source>Only a login on the shared server has a password.</source>
        <translation>Nur eine Anmeldung am gemeinsamen Server hat ein Passwort.</translation>
    </message>
    <message>
        <source>This activity is private to another institution.</source>
        <translation>Diese Aktivität ist nur für eine andere Institution sichtbar.</translation>
    </message>
    <message>
        <source>The attachment was removed meanwhile.</source>
        <translation>Der Anhang wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>This import does not exist.</source>
        <translation>Diesen Import gibt es nicht.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Somebody else changed this record since you opened it. Your input is kept; reload the record to see the other change, then apply yours again.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, seit Sie ihn geöffnet haben. Ihre Eingaben bleiben erhalten. Laden Sie den Datensatz neu, um die andere Änderung zu sehen, und übernehmen Sie Ihre Änderungen dann erneut.</translation>
    </message>
    <message>
        <source>This merge does not exist.</source>
        <translation>Diese Zusammenführung gibt es nicht.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>Diese Zusammenführung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>No institution is set up for this user yet.</source>
        <translation>Für diesen Benutzer ist noch keine Institution eingerichtet.</translation>
    </message>
    <message>
        <source>The date must not be in the future</source>
        <translation>Das Datum darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>Between 1 and 30 years</source>
        <translation>Zwischen 1 und 30 Jahren</translation>
    </message>
    <message>
        <source>Choose a date in the future</source>
        <translation>Wählen Sie ein Datum in der Zukunft</translation>
    </message>
    <message>
        <source>Enter the duration in minutes (5 to 1440)</source>
        <translation>Geben Sie die Dauer in Minuten ein (5 bis 1440)</translation>
    </message>
    <message>
        <source>A time needs a due date</source>
        <translation>Eine Uhrzeit braucht ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, e.g. 14:30</source>
        <translation>Uhrzeit bitte als HH:MM angeben, z. B. 14:30</translation>
    </message>
    <message>
        <source>This staff member does not exist.</source>
        <translation>Diese Person gibt es nicht unter den Mitarbeitenden.</translation>
    </message>
    <message>
        <source>Only staff of the institution that owns this record may change its visibility or delete it.</source>
        <translation>Nur Mitarbeitende der Institution, der dieser Datensatz gehört, dürfen seine Sichtbarkeit ändern oder ihn löschen.</translation>
    </message>
    <message>
        <source>Somebody else changed or deleted this record since you opened it.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert oder gelöscht, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>None of the appointment&apos;s people has an e-mail address.</source>
        <translation>Keine der Personen des Termins hat eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>At most 30 characters</source>
        <translation>Höchstens 30 Zeichen</translation>
    </message>
    <message>
        <source>At most 40 characters</source>
        <translation>Höchstens 40 Zeichen</translation>
    </message>
    <message>
        <source>At most 60 characters</source>
        <translation>Höchstens 60 Zeichen</translation>
    </message>
    <message>
        <source>At most 100 characters</source>
        <translation>Höchstens 100 Zeichen</translation>
    </message>
    <message>
        <source>At most 150 characters</source>
        <translation>Höchstens 150 Zeichen</translation>
    </message>
    <message>
        <source>At most 200 characters</source>
        <translation>Höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>At most 300 characters</source>
        <translation>Höchstens 300 Zeichen</translation>
    </message>
    <message>
        <source>At most 500 characters</source>
        <translation>Höchstens 500 Zeichen</translation>
    </message>
    <message>
        <source>At most 2000 characters</source>
        <translation>Höchstens 2000 Zeichen</translation>
    </message>
    <message>
        <source>At most 4000 characters</source>
        <translation>Höchstens 4000 Zeichen</translation>
    </message>
    <message>
        <source>At most 10000 characters</source>
        <translation>Höchstens 10000 Zeichen</translation>
    </message>
    <message>
        <source>At most 100000 characters</source>
        <translation>Höchstens 100.000 Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="45"/>
        <source>nobody of this name or e-mail found</source>
        <translation>niemand mit diesem Namen oder dieser E-Mail-Adresse gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/events/event_actions.py" line="46"/>
        <source>no last name to create the person</source>
        <translation>kein Nachname, um die Person anzulegen</translation>
    </message>
</context>
<context>
    <name>splash</name>
    <message>
        <location filename="../../ui/splash.py" line="28"/>
        <source>Preparing the database, please wait…</source>
        <translation>Die Datenbank wird vorbereitet, bitte warten …</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="90"/>
        <source>Could not complete</source>
        <translation>Vorgang nicht möglich</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="39"/>
        <source>At most %n characters</source>
        <translation>
            <numerusform>Höchstens %n Zeichen</numerusform>
            <numerusform>Höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>Not a valid e-mail address</source>
        <translation>Keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>An e-mail address has exactly one @</source>
        <translation>Eine E-Mail-Adresse hat genau ein @</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Not a valid e-mail address: the part before the @ is not allowed</source>
        <translation>Keine gültige E-Mail-Adresse: der Teil vor dem @ enthält unzulässige Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>Not a valid e-mail address: the part after the @ is no valid domain</source>
        <translation>Keine gültige E-Mail-Adresse: der Teil nach dem @ ist keine gültige Domain</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Not a valid phone number</source>
        <translation>Keine gültige Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Write an extension with a hyphen, e.g. 0231 123456-12</source>
        <translation>Durchwahl bitte mit Bindestrich angeben, z. B. 0231 123456-12</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>A German postcode has exactly 5 digits</source>
        <translation>Eine deutsche Postleitzahl hat genau 5 Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>A web address must not contain spaces</source>
        <translation>Eine Webadresse darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Not a valid web address</source>
        <translation>Keine gültige Webadresse</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>A web address starts with http:// or https://</source>
        <translation>Eine Webadresse beginnt mit http:// oder https://</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Not a valid VAT ID (USt-IdNr.)</source>
        <translation>Keine gültige USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Unknown legal form</source>
        <translation>Unbekannte Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Unknown WZ 2008 code</source>
        <translation>Unbekannter WZ-2008-Code</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Enter a year like 1998</source>
        <translation>Jahr bitte vierstellig angeben, z. B. 1998</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>The year must be %1 or later</source>
        <translation>Das Jahr darf nicht vor %1 liegen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>The year must not be in the future</source>
        <translation>Das Jahr darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Enter a date as DD.MM.YYYY</source>
        <translation>Datum bitte als TT.MM.JJJJ angeben</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Enter an amount like 1.234,50</source>
        <translation>Betrag bitte im Format 1.234,50 angeben</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Ends before it begins</source>
        <translation>Das Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Choose an organisation</source>
        <translation>Bitte eine Organisation auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>Only one affiliation can be the primary one</source>
        <translation>Nur eine Zuordnung kann die Hauptzuordnung sein</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Choose at least one partner</source>
        <translation>Wählen Sie mindestens einen Partner</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>A need cannot be referred to its own organisation</source>
        <translation>Ein Bedarf kann nicht an die eigene Organisation vermittelt werden</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>This need is closed; reopen it before referring it</source>
        <translation>Dieser Bedarf ist abgeschlossen; öffnen Sie ihn wieder, bevor Sie ihn vermitteln</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>The date must not be in the future</source>
        <translation>Das Datum darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>The date lies before the previous stage change</source>
        <translation>Das Datum liegt vor der vorigen Änderung des Stands</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>This stage cannot follow the current one</source>
        <translation>Dieser Stand kann nicht auf den jetzigen folgen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>This referral is closed</source>
        <translation>Diese Vermittlung ist abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>The value cannot be negative</source>
        <translation>Der Wert darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>This status cannot follow the current one</source>
        <translation>Dieser Status kann nicht auf den jetzigen folgen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>A new need starts open; referring it sets “in referral”</source>
        <translation>Ein neuer Bedarf beginnt offen; „in Vermittlung“ setzt die Vermittlung</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Enter the date</source>
        <translation>Geben Sie das Datum ein</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>The date lies in the future</source>
        <translation>Das Datum liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>There is already a step on this day</source>
        <translation>An diesem Tag ist schon ein Schritt erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>The company already has this status then</source>
        <translation>Das Unternehmen hat diesen Status dann schon</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>Enter the term</source>
        <translation>Geben Sie den Begriff ein</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>At most 120 characters, without &apos;;&apos; or &apos;&gt;&apos;</source>
        <translation>Höchstens 120 Zeichen, ohne ‚;‘ oder ‚&gt;‘</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Synonym too long or with &apos;&gt;&apos;</source>
        <translation>Synonym zu lang oder mit ‚&gt;‘</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>This term is already in the vocabulary: edit it there</source>
        <translation>Diesen Begriff gibt es schon im Vokabular: Bearbeiten Sie ihn dort</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>The broader term is not in the vocabulary</source>
        <translation>Den Oberbegriff gibt es nicht im Vokabular</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>A term cannot be broader than itself</source>
        <translation>Ein Begriff kann nicht sein eigener Oberbegriff sein</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>Enter at least one synonym to add to this term</source>
        <translation>Geben Sie mindestens ein Synonym ein, das diesen Begriff ergänzt</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>Choose 1, 2, 3, 6 or 12 months</source>
        <translation>Wählen Sie 1, 2, 3, 6 oder 12 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Enter when the next digest is due</source>
        <translation>Geben Sie an, wann die nächste Übersicht fällig ist</translation>
    </message>
    <message>
        <source>The new password needs at least 10 characters.</source>
        <translation>Das neue Passwort muss mindestens 10 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Das aktuelle Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the tag</source>
        <translation>Geben Sie das Schlagwort ein</translation>
    </message>
    <message>
        <source>A tag is one word or phrase without commas (≤ 80 characters)</source>
        <translation>Ein Schlagwort ist ein Wort oder eine Wendung ohne Komma (≤ 80 Zeichen)</translation>
    </message>
    <message>
        <source>Unknown staff member</source>
        <translation>Unbekannte Mitarbeiterin / unbekannter Mitarbeiter</translation>
    </message>
    <message>
        <source>Choose the other organisation</source>
        <translation>Wählen Sie die andere Organisation</translation>
    </message>
    <message>
        <source>An organisation cannot be related to itself</source>
        <translation>Eine Organisation kann nicht mit sich selbst in Beziehung stehen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>At most 300 characters</source>
        <translation>Höchstens 300 Zeichen</translation>
    </message>
    <message>
        <source>This relation is already recorded</source>
        <translation>Diese Beziehung ist schon erfasst</translation>
    </message>
    <message>
        <source>Enter the number of places as a whole number, e.g. 40</source>
        <translation>Geben Sie die Zahl der Plätze als ganze Zahl an, z. B. 40</translation>
    </message>
    <message>
        <source>Choose the kind of event</source>
        <translation>Wählen Sie die Art der Veranstaltung</translation>
    </message>
    <message>
        <source>The registration deadline is after the event</source>
        <translation>Der Anmeldeschluss liegt nach der Veranstaltung</translation>
    </message>
    <message>
        <source>The letter needs a text</source>
        <translation>Der Brief braucht einen Text</translation>
    </message>
    <message>
        <source>Only staff of an institution can save its text</source>
        <translation>Nur Beschäftigte einer Institution können deren Text speichern</translation>
    </message>
    <message>
        <source>E-mail is not available here</source>
        <translation>E-Mail ist hier nicht verfügbar</translation>
    </message>
    <message>
        <source>A share of the cost cannot be negative</source>
        <translation>Ein Kostenanteil kann nicht negativ sein</translation>
    </message>
    <message>
        <source>Give the target group a name</source>
        <translation>Geben Sie der Zielgruppe einen Namen</translation>
    </message>
    <message>
        <source>At most 120 characters</source>
        <translation>Höchstens 120 Zeichen</translation>
    </message>
    <message>
        <source>A colleague&apos;s shared group has this name; save your private one under another name</source>
        <translation>Eine geteilte Zielgruppe einer Kollegin oder eines Kollegen trägt diesen Namen; speichern Sie Ihre private unter einem anderen Namen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>Name the unit that takes the need up</source>
        <translation>Nennen Sie die Einheit, die den Bedarf aufgreift</translation>
    </message>
    <message>
        <source>Nobody is registered for this event yet</source>
        <translation>Für diese Veranstaltung ist noch niemand angemeldet</translation>
    </message>
    <message>
        <source>This person is no current contact of the company</source>
        <translation>Diese Person ist kein aktueller Kontakt des Unternehmens</translation>
    </message>
    <message>
        <source>Templates can only be edited in a local data folder.</source>
        <translation>Vorlagen können nur in einem lokalen Datenordner bearbeitet werden.</translation>
    </message>
    <message>
        <source>The letter text is empty.</source>
        <translation>Der Brieftext ist leer.</translation>
    </message>
    <message>
        <source>Word templates need a templates folder (local data folder).</source>
        <translation>Word-Vorlagen brauchen einen Vorlagenordner (lokaler Datenordner).</translation>
    </message>
    <message>
        <source>Choose a Word document (.docx) or template (.dotx)</source>
        <translation>Wählen Sie ein Word-Dokument (.docx) oder eine Word-Vorlage (.dotx)</translation>
    </message>
    <message>
        <source>LibreOffice made no PDF of the document</source>
        <translation>LibreOffice hat aus dem Dokument kein PDF erstellt</translation>
    </message>
    <message>
        <source>The file is not a Word document (.docx or .dotx)</source>
        <translation>Die Datei ist kein Word-Dokument (.docx oder .dotx)</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the document</source>
        <translation>LibreOffice konnte das Dokument nicht umwandeln</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM</source>
        <translation>Geben Sie eine Uhrzeit als HH:MM ein</translation>
    </message>
    <message>
        <source>Choose the organisation this was with</source>
        <translation>Wählen Sie die Organisation, mit der der Kontakt war</translation>
    </message>
    <message>
        <source>Enter the duration in minutes (5 to 1440)</source>
        <translation>Geben Sie die Dauer in Minuten ein (5 bis 1440)</translation>
    </message>
    <message>
        <source>Only files can be attached, not folders</source>
        <translation>Nur Dateien können angehängt werden, keine Ordner</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No mapped column has a value</source>
        <translation>Keine zugeordnete Spalte enthält einen Wert</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Ein Datensatz kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>This field cannot be merged.</source>
        <translation>Dieses Feld kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Between 1 and 30 years</source>
        <translation>Zwischen 1 und 30 Jahren</translation>
    </message>
    <message>
        <source>Choose a date in the future</source>
        <translation>Wählen Sie ein Datum in der Zukunft</translation>
    </message>
    <message>
        <source>No institution chosen</source>
        <translation>Keine Institution ausgewählt</translation>
    </message>
    <message>
        <source>There is no such month: the month goes from 1 to 12</source>
        <translation>Diesen Monat gibt es nicht: die Monate gehen von 1 bis 12</translation>
    </message>
    <message>
        <source>This day does not exist in that month</source>
        <translation>Diesen Tag gibt es in diesem Monat nicht</translation>
    </message>
    <message>
        <source>Street or city is required</source>
        <translation>Straße oder Ort fehlt</translation>
    </message>
    <message>
        <source>No data folder for the mail queue</source>
        <translation>Kein Datenordner für die Warteschlange der E-Mails</translation>
    </message>
    <message>
        <source>Enter your e-mail address in your staff record to send mails</source>
        <translation>Tragen Sie Ihre E-Mail-Adresse in Ihren Mitarbeiterdatensatz ein, um E-Mails zu senden</translation>
    </message>
    <message>
        <source>The mail server did not take the test mail</source>
        <translation>Der Mailserver hat die Test-Mail nicht angenommen</translation>
    </message>
    <message>
        <source>The mail server refused the login</source>
        <translation>Der Mailserver hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The mail server cannot be reached</source>
        <translation>Der Mailserver ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off</source>
        <translation>Die Verbindung zum Mailserver ist abgebrochen</translation>
    </message>
    <message>
        <source>Choose at least one organisation</source>
        <translation>Wählen Sie mindestens eine Organisation</translation>
    </message>
    <message>
        <source>Choose at least one person</source>
        <translation>Wählen Sie mindestens eine Person</translation>
    </message>
    <message>
        <source>This is not a PDF document</source>
        <translation>Das ist kein PDF-Dokument</translation>
    </message>
    <message>
        <source>None of the chosen records has a postal address</source>
        <translation>Keiner der gewählten Datensätze hat eine Postanschrift</translation>
    </message>
    <message>
        <source>The path is too long (at most 300 characters)</source>
        <translation>Der Pfad ist zu lang (höchstens 300 Zeichen)</translation>
    </message>
    <message>
        <source>The logo cannot be read: choose a PNG or JPEG file that exists</source>
        <translation>Das Logo kann nicht gelesen werden: Wählen Sie eine vorhandene PNG- oder JPEG-Datei</translation>
    </message>
    <message>
        <source>A time needs a due date</source>
        <translation>Eine Uhrzeit braucht ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, e.g. 14:30</source>
        <translation>Uhrzeit bitte als HH:MM angeben, z. B. 14:30</translation>
    </message>
</context>
</TS>
