<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../ui/views/activities_view.py" line="37"/>
        <source>Kind of activity</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="38"/>
        <source>All activities</source>
        <translation>Alle Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="52"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="53"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="54"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="56"/>
        <location filename="../../ui/views/activities_view.py" line="109"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="60"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="63"/>
        <source>Filter by subject or organisation… (Ctrl+F)</source>
        <translation>Nach Betreff oder Organisation filtern … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="70"/>
        <source>Delete the activity “{name}”?

The needs and tasks recorded with it stay.</source>
        <translation>Die Aktivität „{name}“ löschen?

Die dabei erfassten Bedarfe und Aufgaben bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="74"/>
        <source>Activity “{name}” deleted.</source>
        <translation>Aktivität „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="77"/>
        <source>No activities yet. Record a visit with Ctrl+Shift+N.</source>
        <translation>Noch keine Aktivitäten. Einen Besuch erfassen Sie mit Strg+Umschalt+N.</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="105"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="106"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="107"/>
        <source>People met</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="108"/>
        <source>Staff present</source>
        <translation>Teilnehmende Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="126"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="127"/>
        <source>Needs found</source>
        <translation>Festgestellte Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="128"/>
        <source>Agreed next steps</source>
        <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../ui/views/activities_view.py" line="129"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="50"/>
        <location filename="../../ui/widgets/attachments_panel.py" line="90"/>
        <source>Attachments (drop files here)</source>
        <translation>Anhänge (Dateien hierher ziehen)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="52"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="54"/>
        <source>Add file…</source>
        <translation>Datei hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="56"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="58"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attachments_panel.py" line="88"/>
        <source>Attachments: %n (drop files here)</source>
        <translation>
            <numerusform>Anhänge: %n (Dateien hierher ziehen)</numerusform>
            <numerusform>Anhänge: %n (Dateien hierher ziehen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="104"/>
        <source>{file}: the file is {size}; attachments may be at most {limit}. Attach a smaller version (e.g. a compressed PDF or a scaled-down photo).</source>
        <translation>{file}: Die Datei ist {size} groß; Anhänge dürfen höchstens {limit} groß sein. Hängen Sie eine kleinere Fassung an (z. B. ein komprimiertes PDF oder ein verkleinertes Foto).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="112"/>
        <source>File not attached</source>
        <translation>Datei nicht angehängt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="115"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments_panel.py" line="130"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Before you start, tell {app} who you are. Every entry you make is recorded with your name and your institution.</source>
        <translation>&lt;b&gt;Willkommen!&lt;/b&gt; Bevor Sie beginnen, teilen Sie {app} bitte mit, wer Sie sind. Jeder Eintrag, den Sie vornehmen, wird mit Ihrem Namen und Ihrer Institution gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>name@example.de</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="126"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="128"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="129"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>Load the &amp;demo network</source>
        <translation>&amp;Demo-Netzwerk laden</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="133"/>
        <source>Fictitious companies, people and projects to look around with</source>
        <translation>Fiktive Unternehmen, Personen und Projekte zum Ausprobieren</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="144"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>Create a new entry in the current list (Ctrl+N)</source>
        <translation>Neuen Eintrag in der aktuellen Liste anlegen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Record &amp;visit…</source>
        <translation>Bes&amp;uch erfassen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Record a visit, call or meeting (Ctrl+Shift+N)</source>
        <translation>Besuch, Telefonat oder Termin erfassen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Edit the selected entry (Return)</source>
        <translation>Ausgewählten Eintrag bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Delete the selected entry (Del)</source>
        <translation>Ausgewählten Eintrag löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Filter list</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Load &amp;demo network…</source>
        <translation>&amp;Demo-Netzwerk laden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;About In|Die Desktop</source>
        <translation>Ü&amp;ber In|Die Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Database: {database}</source>
        <translation>Datenbank: {database}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>User: {name}</source>
        <translation>Benutzer: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>Visit recorded.</source>
        <translation>Besuch erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>Demo network</source>
        <translation>Demo-Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>The demo network can only be loaded into an empty database, so that it never mixes with real contacts.</source>
        <translation>Das Demo-Netzwerk kann nur in eine leere Datenbank geladen werden, damit es sich nie mit echten Kontakten vermischt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>About In|Die Desktop</source>
        <translation>Über In|Die Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Contacts, visits, needs and referrals of the In|Die RegionRuhr network.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Kontakte, Besuche, Bedarfe und Vermittlungen des Netzwerks In|Die RegionRuhr.&lt;/p&gt;&lt;p&gt;Datenbank: {database}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/dialogs/organisation_dialog.py" line="43"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisation_dialog.py" line="49"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisation_dialog.py" line="71"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisation_dialog.py" line="74"/>
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
        <location filename="../../../forms/organisation_dialog.ui" line="331"/>
        <source>M&amp;unicipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="344"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="354"/>
        <source>www.example.de</source>
        <translation>www.beispiel.de</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="377"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="410"/>
        <source>E-m&amp;ail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="440"/>
        <source>&amp;Register &amp;&amp; chamber</source>
        <translation>&amp;Register &amp;&amp; Kammer</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="449"/>
        <source>Register &amp;court:</source>
        <translation>Register&amp;gericht:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="459"/>
        <source>e.g. Amtsgericht Dortmund</source>
        <translation>z. B. Amtsgericht Dortmund</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="482"/>
        <source>Register &amp;number:</source>
        <translation>Register&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="492"/>
        <source>e.g. HRB 12345</source>
        <translation>z. B. HRB 12345</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="515"/>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="548"/>
        <source>C&amp;hamber:</source>
        <translation>&amp;Kammerzugehörigkeit:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="561"/>
        <source>Entered in the Hand&amp;werksrolle (register of crafts)</source>
        <translation>In die &amp;Handwerksrolle eingetragen</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="569"/>
        <source>Co&amp;mpetences &amp;&amp; notes</source>
        <translation>Ko&amp;mpetenzen &amp;&amp; Notizen</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="578"/>
        <source>&amp;Competences:</source>
        <translation>&amp;Kompetenzen:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="611"/>
        <source>T&amp;ags:</source>
        <translation>Schl&amp;agwörter:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="621"/>
        <source>separated by commas, e.g. automotive, laser</source>
        <translation>durch Kommas getrennt, z. B. Automotive, Laser</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="644"/>
        <source>So&amp;urce:</source>
        <translation>&amp;Herkunft der Daten:</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="654"/>
        <source>e.g. trade fair, company visit</source>
        <translation>z. B. Messe, Firmenbesuch</translation>
    </message>
    <message>
        <location filename="../../../forms/organisation_dialog.ui" line="677"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="50"/>
        <source>Kind of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="51"/>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="56"/>
        <source>Record &amp;visit…</source>
        <translation>Bes&amp;uch erfassen …</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="82"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="83"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="84"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="85"/>
        <location filename="../../ui/views/organisations_view.py" line="156"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="86"/>
        <location filename="../../ui/views/organisations_view.py" line="157"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="87"/>
        <source>WZ code</source>
        <translation>WZ-Code</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="88"/>
        <location filename="../../ui/views/organisations_view.py" line="166"/>
        <source>Responsible</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="92"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="95"/>
        <source>Filter by name, city, postcode, competence, WZ code… (Ctrl+F)</source>
        <translation>Filtern nach Name, Ort, PLZ, Kompetenz, WZ-Code … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="99"/>
        <source>Delete the organisation “{name}”?

Its people stay; their link to it is hidden.</source>
        <translation>Organisation „{name}“ löschen?

Die zugeordneten Personen bleiben erhalten; ihre Zuordnung zu dieser Organisation wird ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="103"/>
        <source>Organisation “{name}” deleted.</source>
        <translation>Organisation „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="107"/>
        <source>No organisations yet. Create one with New (Ctrl+N), or load the demo network from the File menu to look around.</source>
        <translation>Noch keine Organisationen. Legen Sie mit „Neu“ (Strg+N) eine an oder laden Sie zum Ausprobieren das Demo-Netzwerk über das Menü „Datei“.</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="147"/>
        <source>entered in the Handwerksrolle</source>
        <translation>in die Handwerksrolle eingetragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="155"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="158"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="159"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="160"/>
        <source>WZ 2008</source>
        <translation>WZ 2008</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="161"/>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="162"/>
        <source>Founded</source>
        <translation>Gründungsjahr</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="163"/>
        <source>Trade register</source>
        <translation>Registereintrag</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="164"/>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="165"/>
        <source>Chamber</source>
        <translation>Kammer</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="167"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="168"/>
        <source>Source</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="170"/>
        <source>Visible to</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="180"/>
        <source>since {date}</source>
        <translation>seit {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="180"/>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="187"/>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="188"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/views/organisations_view.py" line="189"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Hauptzuordnung</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people_view.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="64"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="65"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="66"/>
        <location filename="../../ui/views/people_view.py" line="100"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="67"/>
        <location filename="../../ui/views/people_view.py" line="102"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="71"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="74"/>
        <source>Filter by name, e-mail, function, department… (Ctrl+F)</source>
        <translation>Filtern nach Name, E-Mail, Funktion, Abteilung … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="80"/>
        <source>Delete the person “{name}”?</source>
        <translation>Person „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="83"/>
        <source>Person “{name}” deleted.</source>
        <translation>Person „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="86"/>
        <source>No people yet. Create one with New (Ctrl+N).</source>
        <translation>Noch keine Personen. Legen Sie mit „Neu“ (Strg+N) eine an.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="99"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="101"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="103"/>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="104"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="105"/>
        <source>Source of the data</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="107"/>
        <source>Visible to</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="129"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="131"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="139"/>
        <source>since {date}</source>
        <translation>seit {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_view.py" line="141"/>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Hauptzuordnung</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="109"/>
        <source>any</source>
        <translation>keine Präferenz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="110"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="114"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="137"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="140"/>
        <source>Edit person – %1</source>
        <translation>Person bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="249"/>
        <source>The organisation shown with this person in lists</source>
        <translation>Die Organisation, die in Listen bei dieser Person angezeigt wird</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="326"/>
        <source>Row %1 (%2), %3: %4</source>
        <translation>Zeile %1 (%2), %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="328"/>
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
        <source>A&amp;dd organisation</source>
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
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/project_dialog.py" line="48"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_dialog.py" line="67"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_dialog.py" line="70"/>
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
        <location filename="../../ui/views/projects_view.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="44"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="46"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="47"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="48"/>
        <source>Lead</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="52"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="55"/>
        <source>Filter by name or description… (Ctrl+F)</source>
        <translation>Filtern nach Name oder Beschreibung … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="61"/>
        <source>Delete the project “{name}”?</source>
        <translation>Projekt „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="64"/>
        <source>Project “{name}” deleted.</source>
        <translation>Projekt „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="67"/>
        <source>No projects yet. Create one with New (Ctrl+N).</source>
        <translation>Noch keine Projekte. Legen Sie mit „Neu“ (Strg+N) eines an.</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="80"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="81"/>
        <source>Lead institution</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="82"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="84"/>
        <source>Visible to</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/projects_view.py" line="92"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="174"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="277"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="278"/>
        <source>You have changed this record. Save the changes before closing?</source>
        <translation>Sie haben diesen Datensatz geändert. Sollen die Änderungen vor dem Schließen gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="305"/>
        <source>Record no longer exists</source>
        <translation>Datensatz nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="307"/>
        <source>This record was deleted, or you may no longer see it. Your input is still in the form: copy what you need before you close it.</source>
        <translation>Dieser Datensatz wurde gelöscht, oder Sie dürfen ihn nicht mehr sehen. Ihre Eingaben stehen noch im Formular: Kopieren Sie, was Sie brauchen, bevor Sie es schließen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="314"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="315"/>
        <source>You may not change this record. Your input is still in the form.</source>
        <translation>Sie dürfen diesen Datensatz nicht ändern. Ihre Eingaben stehen noch im Formular.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="324"/>
        <source>Changed by somebody else</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="326"/>
        <source>Somebody else saved this record after you opened it. Your input is still in the form.

Save anyway and overwrite the other changes with yours? Choose Cancel to keep editing; to see the other changes, copy your input and open the record again.</source>
        <translation>Jemand anderes hat diesen Datensatz gespeichert, nachdem Sie ihn geöffnet haben. Ihre Eingaben stehen noch im Formular.

Trotzdem speichern und die anderen Änderungen mit Ihren überschreiben? Wählen Sie „Abbrechen“, um weiter zu bearbeiten. Um die anderen Änderungen zu sehen, kopieren Sie Ihre Eingaben und öffnen Sie den Datensatz erneut.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="140"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="147"/>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="150"/>
        <source>“{name}” deleted.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="159"/>
        <source>Nothing here yet. Create the first entry with New (Ctrl+N).</source>
        <translation>Noch keine Einträge. Legen Sie den ersten mit „Neu“ (Strg+N) an.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="183"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="227"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="229"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="231"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="237"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="307"/>
        <source>{shown} of {total} entries</source>
        <translation>{shown} von {total} Einträgen</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="309"/>
        <source>{total} entries</source>
        <translation>{total} Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="315"/>
        <source>Nothing matches the filter.</source>
        <translation>Keine Treffer für diesen Filter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="448"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.py" line="480"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile.</source>
        <translation>Dieser Eintrag wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="37"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="88"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="91"/>
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
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="55"/>
        <source>Due &amp;by:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="65"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="94"/>
        <source>Ass&amp;ignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="107"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="146"/>
        <source>&amp;Visible to:</source>
        <translation>Sichtbar&amp;keit:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_dialog.ui" line="159"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="32"/>
        <source>Which tasks</source>
        <translation>Welche Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="34"/>
        <source>All open tasks</source>
        <translation>Alle offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="35"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="36"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="37"/>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="38"/>
        <source>My open tasks</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="39"/>
        <source>All tasks, done ones too</source>
        <translation>Alle Aufgaben, auch erledigte</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="44"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="55"/>
        <location filename="../../ui/views/tasks_view.py" line="108"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="56"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="57"/>
        <location filename="../../ui/views/tasks_view.py" line="109"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="58"/>
        <location filename="../../ui/views/tasks_view.py" line="110"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="62"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="65"/>
        <source>Filter by task… (Ctrl+F)</source>
        <translation>Nach Aufgabe filtern … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="71"/>
        <source>Task “{name}” deleted.</source>
        <translation>Aufgabe „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="74"/>
        <source>No tasks here. Create one with New (Ctrl+N).</source>
        <translation>Hier sind keine Aufgaben. Legen Sie eine mit Neu (Strg+N) an.</translation>
    </message>
    <message>
        <location filename="../../ui/views/tasks_view.py" line="113"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="36"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="37"/>
        <source>Needs</source>
        <translation>Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="38"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="39"/>
        <source>Referral stages</source>
        <translation>Vermittlungsschritte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="40"/>
        <source>Cooperations</source>
        <translation>Kooperationen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="41"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="93"/>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="94"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="98"/>
        <location filename="../../ui/widgets/timeline_widget.py" line="103"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="99"/>
        <source>All institutions</source>
        <translation>Alle Institutionen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="103"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="103"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="106"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="111"/>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_widget.py" line="115"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="77"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="85"/>
        <location filename="../../ui/dialogs/visit_dialog.py" line="89"/>
        <source>Type part of the name, then Return</source>
        <translation>Teil des Namens eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="193"/>
        <source>{name} (new)</source>
        <translation>{name} (neu)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="398"/>
        <source>Need {n}</source>
        <translation>Bedarf {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="399"/>
        <source>Next step {n}</source>
        <translation>Nächster Schritt {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="400"/>
        <source>Person met {n}</source>
        <translation>Gesprächspartner {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="413"/>
        <location filename="../../../forms/visit_dialog.ui" line="22"/>
        <source>Record visit</source>
        <translation>Besuch erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="416"/>
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
        <location filename="../../../forms/visit_dialog.ui" line="544"/>
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
        <location filename="../../../forms/visit_dialog.ui" line="173"/>
        <source>P&amp;eople met:</source>
        <translation>&amp;Gesprächspartner:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="192"/>
        <source>Add as new &amp;person</source>
        <translation>Als neue &amp;Person anlegen</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="220"/>
        <source>S&amp;taff present:</source>
        <translation>&amp;Teilnehmende Mitarbeitende:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="240"/>
        <source>Sub&amp;ject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="250"/>
        <source>e.g. First visit, production tour</source>
        <translation>z. B. Erstbesuch, Rundgang durch die Fertigung</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="273"/>
        <source>P&amp;lace:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="302"/>
        <source>&amp;Visible to:</source>
        <translation>Sichtbar&amp;keit:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="319"/>
        <source>Sit&amp;uation:</source>
        <translation>S&amp;ituation:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="358"/>
        <source>&lt;b&gt;Needs found&lt;/b&gt;</source>
        <translation>&lt;b&gt;Festgestellte Bedarfe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="367"/>
        <source>&amp;Need:</source>
        <translation>B&amp;edarf:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="377"/>
        <source>Topic, e.g. laser welding of thin sheets</source>
        <translation>Thema, z. B. Laserschweißen von Dünnblechen</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="384"/>
        <source>Desc&amp;ription:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="397"/>
        <source>&amp;Competence:</source>
        <translation>Ko&amp;mpetenz:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="410"/>
        <source>W&amp;Z:</source>
        <translation>&amp;WZ:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="420"/>
        <source>25.62</source>
        <translation>25.62</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="433"/>
        <source>Ur&amp;gency:</source>
        <translation>Dring&amp;lichkeit:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="446"/>
        <source>&amp;Add need (Return)</source>
        <translation>Bedarf &amp;hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="480"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="485"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="490"/>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="495"/>
        <source>WZ</source>
        <translation>WZ</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="500"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="508"/>
        <source>&lt;b&gt;Agreed next steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vereinbarte nächste Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="517"/>
        <source>Ne&amp;xt step:</source>
        <translation>&amp;Nächster Schritt:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="527"/>
        <source>e.g. Send contact of the university chair</source>
        <translation>z. B. Kontakt zum Lehrstuhl weitergeben</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="534"/>
        <source>Due &amp;by:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="557"/>
        <source>Ass&amp;ignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="570"/>
        <source>Add step (Return)</source>
        <translation>Schritt hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="604"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="609"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="614"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../forms/visit_dialog.ui" line="622"/>
        <source>Del removes the selected row; Return on a row takes it back into the fields.</source>
        <translation>Entf entfernt die gewählte Zeile; die Eingabetaste auf einer Zeile holt sie zum Bearbeiten zurück in die Felder.</translation>
    </message>
</context>
<context>
    <name>WzPicker</name>
    <message>
        <location filename="../../ui/widgets/wz_picker.py" line="77"/>
        <source>Type a code or a word, e.g. Mechanik</source>
        <translation>Code oder Stichwort eingeben, z. B. Mechanik</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wz_picker.py" line="156"/>
        <source>Not a code of the WZ 2008 list</source>
        <translation>Kein Code aus der WZ 2008</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="170"/>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
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
    <name>first_run</name>
    <message>
        <location filename="../../ui/first_run.py" line="38"/>
        <source>Institutions and staff</source>
        <translation>Institutionen und Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="40"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="41"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="42"/>
        <source>Activities and needs</source>
        <translation>Aktivitäten und Bedarfe</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="43"/>
        <source>Referrals and cooperations</source>
        <translation>Vermittlungen und Kooperationen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="57"/>
        <source>Creating the demo network…</source>
        <translation>Demo-Netzwerk wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="63"/>
        <source>Demo network</source>
        <translation>Demo-Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="76"/>
        <source>Creating the demo network: {phase}</source>
        <translation>Demo-Netzwerk wird angelegt: {phase}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Whole network</source>
        <translation>Netzwerkweit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>My institution only</source>
        <translation>Nur eigene Institution</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Craft business</source>
        <translation>Handwerksbetrieb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Service provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Research institute</source>
        <translation>Forschungseinrichtung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Chamber/agency</source>
        <translation>Kammer/Agentur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>IHK (chamber of commerce)</source>
        <translation>IHK</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>HWK (chamber of crafts)</source>
        <translation>HWK</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>1–9 employees</source>
        <translation>1–9 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>10–49 employees</source>
        <translation>10–49 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>50–249 employees</source>
        <translation>50–249 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>250–499 employees</source>
        <translation>250–499 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>500 or more employees</source>
        <translation>500 und mehr Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>No salutation</source>
        <translation>Keine Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <location filename="../../ui/labels.py" line="77"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Public task</source>
        <translation>Öffentliche Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Event invitations</source>
        <translation>Veranstaltungseinladungen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Passing on to partners</source>
        <translation>Weitergabe an Partner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Company visit</source>
        <translation>Firmenbesuch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Business trip</source>
        <translation>Unternehmerreise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Sector meeting</source>
        <translation>Branchentreff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>In referral</source>
        <translation>In Vermittlung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Satisfied</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Dropped</source>
        <translation>Nicht weiterverfolgt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Introduced</source>
        <translation>Kontakt hergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>First meeting</source>
        <translation>Erstgespräch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Cooperation agreed</source>
        <translation>Kooperation vereinbart</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>No response</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>R&amp;D project</source>
        <translation>FuE-Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Contract research</source>
        <translation>Auftragsforschung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Thesis</source>
        <translation>Abschlussarbeit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Funding application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Supplier relation</source>
        <translation>Lieferbeziehung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Joint trade fair stand</source>
        <translation>Gemeinschaftsstand</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Network project</source>
        <translation>Netzwerkprojekt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Craft businesses</source>
        <translation>Handwerksbetriebe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Service providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Universities</source>
        <translation>Hochschulen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Research institutes</source>
        <translation>Forschungseinrichtungen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Chambers &amp; agencies</source>
        <translation>Kammern und Agenturen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Other organisations</source>
        <translation>Sonstige Organisationen</translation>
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
        <source>Not a valid VAT ID (USt-IdNr.)</source>
        <translation>Keine gültige USt-IdNr.</translation>
    </message>
    <message>
        <source>Enter a date as DD.MM.YYYY</source>
        <translation>Datum bitte als TT.MM.JJJJ angeben</translation>
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
        <source>Only one affiliation can be the primary one</source>
        <translation>Nur eine Zuordnung kann die Hauptzuordnung sein</translation>
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
        <source>This activity is private to another institution.</source>
        <translation>Diese Aktivität ist nur für eine andere Institution sichtbar.</translation>
    </message>
    <message>
        <source>The attachment was removed meanwhile.</source>
        <translation>Der Anhang wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>Somebody else changed this record since you opened it. Your input is kept; reload the record to see the other change, then apply yours again.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, seit Sie ihn geöffnet haben. Ihre Eingaben bleiben erhalten. Laden Sie den Datensatz neu, um die andere Änderung zu sehen, und übernehmen Sie Ihre Änderungen dann erneut.</translation>
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
        <source>At most 4000 characters</source>
        <translation>Höchstens 4000 Zeichen</translation>
    </message>
    <message>
        <source>At most 100000 characters</source>
        <translation>Höchstens 100.000 Zeichen</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="89"/>
        <source>Could not complete</source>
        <translation>Vorgang nicht möglich</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/record_dialog.py" line="56"/>
        <source>At most %n characters</source>
        <translation>
            <numerusform>Höchstens %n Zeichen</numerusform>
            <numerusform>Höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="55"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="57"/>
        <source>Not a valid e-mail address</source>
        <translation>Keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="58"/>
        <source>Not a valid phone number</source>
        <translation>Keine gültige Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="59"/>
        <source>Write an extension with a hyphen, e.g. 0231 123456-12</source>
        <translation>Durchwahl bitte mit Bindestrich angeben, z. B. 0231 123456-12</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="60"/>
        <source>A German postcode has exactly 5 digits</source>
        <translation>Eine deutsche Postleitzahl hat genau 5 Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="61"/>
        <source>A web address must not contain spaces</source>
        <translation>Eine Webadresse darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="62"/>
        <source>Not a valid web address</source>
        <translation>Keine gültige Webadresse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="63"/>
        <source>A web address starts with http:// or https://</source>
        <translation>Eine Webadresse beginnt mit http:// oder https://</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="64"/>
        <source>Not a valid VAT ID (USt-IdNr.)</source>
        <translation>Keine gültige USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="65"/>
        <source>Unknown legal form</source>
        <translation>Unbekannte Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="66"/>
        <source>Unknown WZ 2008 code</source>
        <translation>Unbekannter WZ-2008-Code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="67"/>
        <source>Enter a year like 1998</source>
        <translation>Jahr bitte vierstellig angeben, z. B. 1998</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="68"/>
        <source>The year must be %1 or later</source>
        <translation>Das Jahr darf nicht vor %1 liegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="69"/>
        <source>The year must not be in the future</source>
        <translation>Das Jahr darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="70"/>
        <source>Enter a date as DD.MM.YYYY</source>
        <translation>Datum bitte als TT.MM.JJJJ angeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="71"/>
        <source>Enter an amount like 1.234,50</source>
        <translation>Betrag bitte im Format 1.234,50 angeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="72"/>
        <source>Ends before it begins</source>
        <translation>Das Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="73"/>
        <source>Choose an organisation</source>
        <translation>Bitte eine Organisation auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="74"/>
        <source>Only one affiliation can be the primary one</source>
        <translation>Nur eine Zuordnung kann die Hauptzuordnung sein</translation>
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
</context>
</TS>
