# ruff: noqa: E501  (the tables below are data: one organisation or need per line)
"""An evaluation set for partner suggestions (issue 24): organisations of the region as a staff
member of the network knows them, needs companies told the network about, and for each need the
partners a knowledgeable staff member would propose.

The organisations: universities with their units (Lehrstuhl, Institut, Fachgebiet, Labor,
Transferstelle) and a contact each, research institutes, engineering offices, laboratories,
software houses, consultants, advertising agencies, suppliers and craft businesses, with their
competences written the way firms write them (compounds, inflections, abbreviations, their own
words rather than the vocabulary's). The needs are written the way staff note them after a visit.
The expected partners were chosen by what the partner does, not by what any matcher finds; a
need's own competitors (same trade, same town) are never expected.

`load(workspace)` creates the organisations, their units and contacts, and the needs; it returns
the keys' ids. tests/bench/figures_matching.py measures precision@5 and recall@10 on it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from indie_desktop.domain.enums import OrganisationKind, SoughtPartner
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.workspace import Workspace

KINDS = {
    "U": OrganisationKind.UNIVERSITY,
    "I": OrganisationKind.RESEARCH_INSTITUTE,
    "S": OrganisationKind.SERVICE_PROVIDER,
    "C": OrganisationKind.COMPANY,
    "K": OrganisationKind.CRAFT_BUSINESS,
    "A": OrganisationKind.CHAMBER_AGENCY,
    "O": OrganisationKind.OTHER,
}

# key|kind|name|municipality|WZ|competences|parent key|contact (title first last, role)
ORGANISATIONS = """
tud|U|Technische Universität Dortmund|Dortmund|85.42.1|Produktionstechnik, Logistik, Informatik, Maschinenbau, Elektrotechnik, Chemieingenieurwesen||
tud_ips|U|Institut für Produktionssysteme (IPS)|Dortmund|85.42.1|Produktionsplanung und -steuerung, Manufacturing Execution Systems, Digitale Fabrik, Arbeitsgestaltung in der Produktion, Lean Production|tud|Prof. Jochen Deuse, Institutsleiter
tud_isf|U|Institut für Spanende Fertigung (ISF)|Dortmund|85.42.1|Zerspanungstechnologie, Fräsbearbeitung, Schleiftechnologie, Werkzeugbeschichtung, Prozesssimulation|tud|Prof. Dirk Biermann, Institutsleiter
tud_iul|U|Institut für Umformtechnik und Leichtbau (IUL)|Dortmund|85.42.1|Blechumformung, Massivumformung, Biegeverfahren, Leichtbau, Umformsimulation|tud|Prof. Erman Tekkaya, Institutsleiter
tud_flw|U|Lehrstuhl für Förder- und Lagerwesen (FLW)|Dortmund|85.42.1|Fördertechnik, Lagertechnik, fahrerlose Transportfahrzeuge, Materialflusssimulation, Intralogistik|tud|Prof. Johannes Fottner, Lehrstuhlinhaber
tud_lfo|U|Lehrstuhl für Unternehmenslogistik (LFO)|Dortmund|85.42.1|Supply-Chain-Management, Logistikplanung, Wertstromdesign, Beschaffungslogistik|tud|Prof. Michael Henke, Lehrstuhlinhaber
tud_lwt|U|Lehrstuhl für Werkstofftechnologie (LWT)|Dortmund|85.42.1|Werkstofftechnik, Wärmebehandlung, Thermisches Spritzen, Verschleißschutzschichten, Korrosion|tud|Prof. Wolfgang Tillmann, Lehrstuhlinhaber
tud_ki|U|Lehrstuhl für Künstliche Intelligenz, Fakultät für Informatik|Dortmund|85.42.1|Maschinelles Lernen, Data Science, Bilderkennung, KI in der Produktion|tud|Prof. Katharina Morik, Lehrstuhlinhaberin
tud_ie3|U|Lehrstuhl für Energiesysteme und Energiewirtschaft (ie3)|Dortmund|85.42.1|Energiesysteme, Sektorenkopplung, Energiespeicher, Netzintegration erneuerbarer Energien|tud|Prof. Christian Rehtanz, Lehrstuhlinhaber
tud_tt|U|Transferstelle der TU Dortmund|Dortmund|85.42.1|Technologietransfer, Vermittlung von Abschlussarbeiten, ZIM-Projekte, Forschungskooperationen|tud|Dr. Łukasz Wiśniewski, Transferreferent
rub|U|Ruhr-Universität Bochum|Bochum|85.42.1|Werkstofftechnik, IT-Sicherheit, Medizin, Maschinenbau, Bau- und Umweltingenieurwesen||
rub_lps|U|Lehrstuhl für Produktionssysteme (LPS)|Bochum|85.42.1|Produktionsmanagement, Lernfabrik Industrie 4.0, MES und Fertigungssteuerung, schlanke Produktion, Montageplanung|rub|Prof. Bernd Kuhlenkötter, Lehrstuhlinhaber
rub_wt|U|Lehrstuhl Werkstofftechnik|Bochum|85.42.1|Werkstoffprüfung, Werkstoffentwicklung, Schadensanalysen, Metallografie, Hochtemperaturwerkstoffe|rub|Prof. Gunther Eggeler, Lehrstuhlinhaber
rub_hgi|U|Horst-Görtz-Institut für IT-Sicherheit|Bochum|85.42.1|IT-Sicherheit, Kryptografie, Sicherheit eingebetteter Systeme, Netzwerksicherheit|rub|Prof. Christof Paar, Sprecher
rub_fvt|U|Lehrstuhl für Fluidverfahrenstechnik|Bochum|85.42.1|Strömungssimulation (CFD), Verfahrenstechnik, Mehrphasenströmungen|rub|Prof. Marcus Grünewald, Lehrstuhlinhaber
rub_tt|U|Referat Forschung und Transfer der RUB|Bochum|85.42.1|Technologietransfer, Patente und Schutzrechte, Ausgründungen, Forschungskooperationen|rub|Zoë Ñúñez, Transfermanagerin
fhdo|U|Fachhochschule Dortmund|Dortmund|85.42.2|Informatik, Elektrotechnik, Maschinenbau, Design, Wirtschaft||
fhdo_erp|U|Fachgebiet Betriebliche Informationssysteme / ERP, Fachbereich Informatik|Dortmund|85.42.2|ERP-Systeme, SAP S/4HANA, Geschäftsprozessmanagement, MES-Anbindung, Integration von Unternehmenssoftware|fhdo|Prof. Sachar Paulus, Fachgebietsleiter
fhdo_ft|U|Labor für Fertigungstechnik, Fachbereich Maschinenbau|Dortmund|85.42.2|CNC-Bearbeitung, Fertigungsmesstechnik, additive Fertigung, Prototypen|fhdo|Prof. Ulrich Schmidt, Laborleiter
fhdo_at|U|Labor für Automatisierungstechnik, Fachbereich Elektrotechnik|Dortmund|85.42.2|SPS-Programmierung, Robotik, Antriebstechnik, industrielle Kommunikation (OPC UA)|fhdo|Prof. Karin Hoffmann, Laborleiterin
fhdo_de|U|Fachbereich Design|Dortmund|85.42.2|Kommunikationsdesign, Fotografie, Webdesign, Ausstellungsdesign|fhdo|Prof. Anna Berger, Dekanin
fhswf|U|Fachhochschule Südwestfalen|Hagen|85.42.2|Elektrotechnik, Informatik, Maschinenbau, Technische Betriebswirtschaft||
fhswf_kt|U|Labor für Kunststofftechnik (Iserlohn)|Hagen|85.42.2|Spritzgießtechnik, Kunststoffprüfung, Werkstoffauswahl Kunststoffe, Kunststoffrecycling|fhswf|Prof. Thomas Krause, Laborleiter
fhswf_lf|U|Labor für Laser- und Fügetechnik|Hagen|85.42.2|Laserstrahlschweißen, Laserbearbeitung, Schweißverfahren, Klebverbindungen|fhswf|Prof. Martin Vogel, Laborleiter
fhswf_et|U|Fachbereich Elektrotechnik und Informationstechnik|Hagen|85.42.2|Leistungselektronik, Embedded Systems, EMV, Antriebe|fhswf|Prof. Sabine Lange, Dekanin
fhswf_tbw|U|Fachbereich Technische Betriebswirtschaft|Hagen|85.42.2|Controlling, Kostenrechnung, Lean Management, Abschlussarbeiten in Unternehmen|fhswf|Prof. Peter Schulte, Dekan
hsbo|U|Hochschule Bochum|Bochum|85.42.2|Mechatronik, Elektromobilität, Geodäsie, Bauingenieurwesen, Nachhaltige Entwicklung||
hsbo_mt|U|Institut für Mechatronik|Bochum|85.42.2|Mechatronische Systeme, Robotertechnik, Antriebe, Elektromobilität|hsbo|Prof. Jan Richter, Institutsleiter
hsbo_bi|U|Fachbereich Bau- und Umweltingenieurwesen|Bochum|85.42.2|Tragwerksplanung, Baustatik, nachhaltiges Bauen, Abwassertechnik|hsbo|Prof. Heike Wolf, Dekanin
hsbo_h2|U|Institut für Wasserstofftechnik und Energiesysteme|Bochum|85.42.2|Wasserstofftechnologie, Brennstoffzellen, Photovoltaik, Energiespeicher|hsbo|Prof. Olaf Brandt, Institutsleiter
uwh|U|Universität Witten/Herdecke|Witten|85.42.1|Medizin, Pflegewissenschaft, Familienunternehmen, Management||
uwh_wifu|U|Wittener Institut für Familienunternehmen (WIFU)|Witten|85.42.1|Familienunternehmen, Unternehmensnachfolge, Strategieentwicklung, Gesellschafterkompetenz|uwh|Prof. Tom Rüsen, Geschäftsführender Direktor
thga|U|Technische Hochschule Georg Agricola|Bochum|85.42.2|Rohstoffe, Geotechnik, Nachbergbau, Maschinenbau, Materialwissenschaft||
thga_mp|U|Labor für Materialprüfung und Korrosionsschutz|Bochum|85.42.2|Materialprüfung, Zugversuche, Korrosionsschutz, Schadensfallanalyse|thga|Prof. Bernd Kramer, Laborleiter
iml|I|Fraunhofer-Institut für Materialfluss und Logistik IML|Dortmund|72.19.0|Intralogistik, Supply Chain Management, Robotik, Künstliche Intelligenz||
iml_pl|I|Abteilung Produktionslogistik und IT, Fraunhofer IML|Dortmund|72.19.0|Fabrikplanung, Auswahl und Einführung von ERP- und MES-Systemen, Produktionsplanung, Digitaler Zwilling|iml|Dr. Marco Becker, Abteilungsleiter
iml_fts|I|Abteilung Maschinen und Anlagen, Fraunhofer IML|Dortmund|72.19.0|Fahrerlose Transportsysteme, Schwarmrobotik, Fördertechnik, Verpackungslogistik|iml|Dr. Sven Weber, Abteilungsleiter
isst|I|Fraunhofer-Institut für Software- und Systemtechnik ISST|Dortmund|72.19.0|Datenökonomie, Datenräume, Gesundheitsdaten, Software-Engineering||
ieg|I|Fraunhofer-Einrichtung für Energieinfrastrukturen und Geothermie IEG|Bochum|72.19.0|Geothermie, Wärmenetze, Wasserstoff, Sektorenkopplung||
isas|I|Leibniz-Institut für Analytische Wissenschaften – ISAS|Dortmund|72.19.0|Analytik, Massenspektrometrie, Spektroskopie, Bildgebung||
ifado|I|Leibniz-Institut für Arbeitsforschung an der TU Dortmund (IfADo)|Dortmund|72.19.0|Arbeitsphysiologie, Ergonomie, Toxikologie, Arbeitspsychologie||
mpisp|I|Max-Planck-Institut für Sicherheit und Privatsphäre|Bochum|72.19.0|IT-Sicherheit, Kryptografie, Datenschutz, Softwaresicherheit||
umsicht|I|Fraunhofer-Institut für Umwelt-, Sicherheits- und Energietechnik UMSICHT|Bochum|72.19.0|Kreislaufwirtschaft, Kunststoffrecycling, Wasserstoff, Abwärmenutzung, Verfahrenstechnik||
lamarr|I|Lamarr-Institut für Maschinelles Lernen und Künstliche Intelligenz|Dortmund|72.19.0|Maschinelles Lernen, KI-Anwendungen in der Industrie, Datenanalyse||
sw_mes|S|Ardey Software GmbH|Witten|62.01.9|MES-Einführung, Betriebsdatenerfassung (BDE), Feinplanung, ERP-Schnittstellen||
sw_erp|S|Phoenix ERP Systemhaus GmbH|Dortmund|62.01.9|ERP-Einführung, SAP Business One, Warenwirtschaft, Schnittstellen||
sw_ai|S|Emscher Data Science GmbH|Dortmund|62.01.9|Maschinelles Lernen, Bildverarbeitung, vorausschauende Instandhaltung, Datenanalyse||
sw_sec|S|Kemnade IT-Security GmbH|Bochum|62.02.0|Penetrationstests, ISO 27001, Informationssicherheit, Notfallmanagement||
sw_iot|S|Hellweg IoT Solutions GmbH|Dortmund|62.01.9|IIoT-Plattformen, Maschinenanbindung über OPC UA, Fernwartung, Cloud-Lösungen||
sw_web|S|Volme Webagentur|Hagen|73.11.0|Webdesign, Online-Marketing, Social Media, Suchmaschinenoptimierung||
ad_messe|S|Messe & Marke Werbeagentur GmbH|Dortmund|73.11.0|Messeauftritte, Messebau, Employer Branding, Printmedien||
ad_ruhr|S|Ruhrwerbung Kommunikation GmbH|Bochum|73.11.0|Messeauftritte, Kampagnen, Imagefilme, Social Media||
ing_fem|S|Ingenieurbüro Şükrü Yıldız Berechnung & Simulation|Witten|71.12.2|FEM-Berechnungen, Strömungssimulation, Festigkeitsnachweise, Schwingungsanalyse||
ing_kon|S|Konstruktionsbüro Hellweg GmbH|Dortmund|71.12.2|Maschinenkonstruktion, CAD (SolidWorks, Inventor), Vorrichtungsbau, Sondermaschinenkonstruktion||
ing_tga|S|TGA-Planung Ennepe GmbH|Schwelm|71.12.1|TGA-Planung, Lüftungsanlagen, Heizungsplanung, Energieberatung||
ing_stat|S|Ingenieurgesellschaft Ruhrstatik mbH|Bochum|71.12.1|Tragwerksplanung, Statik, Stahlbau, Brandschutznachweise||
ing_ce|S|Maschinensicherheit Wiśniewski|Hagen|71.12.2|CE-Kennzeichnung, Risikobeurteilungen nach Maschinenrichtlinie, technische Dokumentation, Sicherheitstechnik||
ing_sps|S|Automatisierung Breckerfeld GmbH|Breckerfeld|71.12.2|SPS-Programmierung (Siemens S7, TIA Portal), Schaltschrankbau, Inbetriebnahme, Roboterintegration||
lab_wp|S|Werkstoffprüflabor Ennepe GmbH|Ennepetal|71.20.0|Werkstoffprüfung, Schadensanalyse, Metallografie, Zugversuche, Härteprüfung||
lab_ct|S|CT-Prüfzentrum Herdecke GmbH|Herdecke|71.20.0|Industrielle Computertomographie, Röntgenprüfung, 3D-Messtechnik, Erstmusterprüfung||
lab_emv|S|EMV-Labor Gevelsberg GmbH|Gevelsberg|71.20.0|EMV-Prüfungen, Elektrische Sicherheit, Vorprüfungen für die CE-Kennzeichnung||
lab_food|S|Lebensmittellabor Ruhr GmbH|Dortmund|71.20.0|Lebensmittelanalytik, HACCP-Konzepte, Hygieneaudits, Mikrobiologie||
cons_lean|S|Lean Consulting Hattingen|Hattingen|70.22.0|Lean Management, Wertstromanalysen, Shopfloor-Management, KVP||
cons_fund|S|Fördermittelberatung Sprockhövel|Sprockhövel|70.22.0|Fördermittelberatung, ZIM-Anträge, Innovationsförderung, Förderprogramme des Landes NRW||
cons_en|S|Energieberatung EN GmbH|Gevelsberg|71.12.1|Energieaudits nach DIN EN 16247, ISO 50001, Energieeffizienz, Abwärmenutzung||
cons_co2|S|Klimabilanz Ruhr GmbH|Bochum|70.22.0|CO2-Bilanzierung, Nachhaltigkeitsberichte (CSRD), Dekarbonisierungsstrategie||
cons_succ|S|Nachfolgeberatung Witten|Witten|70.22.0|Unternehmensnachfolge, Unternehmensbewertung, Käufersuche||
cons_qm|S|QM-Service Herne|Herne|70.22.0|Qualitätsmanagement, ISO 9001, IATF-16949-Audits, Qualitätssicherung||
hr_talent|S|Ruhrtalent Personalberatung|Bochum|78.10.0|Recruiting von Fachkräften, Employer Branding, Personalgewinnung||
doc_red|S|Technische Redaktion Schwelm|Schwelm|74.30.1|Technische Dokumentation, Betriebsanleitungen, Übersetzungen||
log_hagen|C|Kontraktlogistik Hagen GmbH|Hagen|52.10.0|Kontraktlogistik, Lagerdienstleistungen, Kommissionierung, Gefahrgutlager||
c_cnc1|C|Präzisionstechnik Lenne GmbH|Hagen|25.62.0|CNC-Fräsen, CNC-Drehen, Baugruppenmontage||
c_cnc2|C|Zerspanungstechnik Hattingen GmbH|Hattingen|25.62.0|5-Achs-Fräsen, Drehteile, Kleinserien||
c_cnc3|C|Feinmechanik Volme GmbH|Hagen|25.62.0|Drehteile, Präzisionsschleifen, 3D-Koordinatenmesstechnik||
c_cnc4|C|CNC-Technik Witten GmbH|Witten|25.62.0|CNC-Bearbeitung, Prototypenbau, Fräs- und Drehteile||
c_am1|C|Additiv Werk Dortmund GmbH|Dortmund|25.62.0|Selektives Lasersintern (SLS), 3D-Druck aus Kunststoff, Rapid Prototyping||
c_am2|C|Metall3D Bochum GmbH|Bochum|25.62.0|Laserschmelzen von Metallen (SLM), Pulverbettverfahren, Nachbearbeitung||
c_pl1|C|Emscher Kunststofftechnik GmbH|Herne|22.29.0|Spritzgussteile, Werkzeugbau, Kunststoffschweißen||
c_pl2|C|Profilextrusion Gevelsberg GmbH|Gevelsberg|22.21.0|Extrusion von Kunststoffprofilen, Coextrusion||
c_forge|C|Gesenkschmiede Ennepe GmbH|Ennepetal|25.50.1|Gesenkschmiedeteile, Wärmebehandlung, mechanische Bearbeitung||
c_stamp|C|Stanztechnik Schwelm GmbH|Schwelm|25.50.2|Stanzteile, Tiefziehteile, Biegeteile, Folgeverbundwerkzeuge||
c_galv|C|Galvanotechnik Wetter GmbH|Wetter (Ruhr)|25.61.0|Verzinken, Vernickeln, Korrosionsschutz||
c_coat|C|Pulverbeschichtung Herdecke GmbH|Herdecke|25.61.0|Pulverbeschichtungen, Industrielackierung, Strahlen||
c_hard|C|Härterei Sprockhövel GmbH|Sprockhövel|25.61.0|Einsatzhärten, Nitrieren, Vergüten, Induktionshärten||
c_tool|C|Werkzeugbau Breckerfeld GmbH|Breckerfeld|25.73.3|Formenbau, Senkerodieren, Drahterodieren||
c_laser|C|Laserschneidtechnik Bochum GmbH|Bochum|25.62.0|Laserschneiden, Abkanten, Blechbearbeitung, Wasserstrahlschneiden||
c_steel|C|Stahlbau Hattingen GmbH|Hattingen|25.11.0|Stahlkonstruktionen, Schweißarbeiten, Hallenbau||
c_robot|C|Robotik-Anlagenbau Dortmund GmbH|Dortmund|28.99.0|Sondermaschinenbau, Roboterschweißzellen, Montageautomation, Retrofit||
c_foer|C|Fördertechnik Herne GmbH|Herne|28.22.0|Fördertechnik, Regalbediengeräte, fahrerlose Transportsysteme||
c_elec|C|Elektronikfertigung Witten GmbH|Witten|26.11.9|SMD-Bestückung, Leiterplattenfertigung, Embedded Systems, Kabelkonfektion||
c_sens|C|Sensorik Ardey GmbH|Witten|26.51.1|Sensoren, Zustandsüberwachung, IoT-Module||
c_drive|C|Antriebstechnik Gevelsberg GmbH|Gevelsberg|27.11.0|Elektromotoren, Getriebemotoren, Frequenzumrichter||
c_hydr|C|Hydraulik Ennepetal GmbH|Ennepetal|28.13.0|Hydraulikzylinder, Pneumatikkomponenten, Dichtungen||
c_pack|C|Verpackungsmaschinen Hagen GmbH|Hagen|28.29.0|Verpackungsmaschinen, Verpackungsentwicklung, Etikettiertechnik||
c_recy|C|Metallrecycling Herne GmbH|Herne|38.32.0|Metallrecycling, Sortiertechnik, Schrotthandel||
c_glue|C|Klebstoffwerk Witten GmbH|Witten|20.52.0|Klebstoffe, Klebetechnik, Dichtstoffe||
c_cast|C|Gießerei Hagen GmbH|Hagen|24.51.0|Sandguss, Kokillenguss, Gussbearbeitung||
c_bake|C|Großbäckerei Dortmund GmbH|Dortmund|10.71.0|Backwaren, Filialbelieferung||
c_med|C|Medizintechnik Herdecke GmbH|Herdecke|32.50.1|Medizinprodukte, Reinraummontage||
c_brew|C|Brauerei Bochum GmbH|Bochum|11.05.0|Brauerei, Getränkeabfüllung||
c_spedi|C|Spedition Schwelm GmbH|Schwelm|49.41.0|Stückgutverkehr, Lagerlogistik||
k_el1|K|Elektro Yıldız GmbH|Witten|43.21.0|Elektroinstallation, Photovoltaikanlagen, Ladeinfrastruktur, Wallboxen||
k_el2|K|Elektrotechnik Herne GmbH|Herne|43.21.0|Gebäudeautomation, Elektroinstallation, Ladesäulen für E-Mobilität||
k_shk1|K|Haustechnik Schwelm GmbH|Schwelm|43.22.0|Wärmepumpen, Heizungstechnik, Lüftungsanlagen||
k_shk2|K|SHK Bochum GmbH|Bochum|43.22.0|Wärmepumpen, Sanitär, Klimatechnik||
k_metal|K|Metallbau Gevelsberg GmbH|Gevelsberg|25.11.0|Metallbau, Treppen und Geländer, Schweißarbeiten||
k_serv1|K|Industrieservice Wetter GmbH|Wetter (Ruhr)|33.12.0|Instandhaltung, Maschinenreparatur, Retrofit||
k_serv2|K|Maschinenservice Dortmund GmbH|Dortmund|33.12.0|Wartung, Ersatzteilfertigung, Instandsetzung von Hydraulik||
k_roof|K|Dachtechnik Sprockhövel GmbH|Sprockhövel|43.91.1|Photovoltaik-Montage, Dachsanierung||
k_paint|K|Malerbetrieb Hattingen GmbH|Hattingen|43.34.1|Industrieanstrich, Bodenbeschichtung, Korrosionsschutzbeschichtungen||
k_wood|K|Tischlerei Herdecke GmbH|Herdecke|43.32.0|Innenausbau, Ladenbau||
en_agentur|A|EN-Agentur|Schwelm|84.13.0|Wirtschaftsförderung, Fördermittelberatung, Fachkräftesicherung||
ihk_do|A|IHK zu Dortmund|Dortmund|94.11.0|Ausbildungsberatung, Außenwirtschaft, Existenzgründung||
hwk_do|A|Handwerkskammer Dortmund|Dortmund|94.12.0|Handwerksberatung, Ausbildung, Meisterschulen||
"""

# seeker|topic|wanted competence|sought WZ|sought partner|expected partners
NEEDS = """
c_cnc1|Digitalisierung der Fertigungsplanung, sucht Hochschulpartner für MES/ERP-Anbindung|Fertigungsplanung, MES|25.62.0||tud_ips rub_lps fhdo_erp iml_pl sw_mes
c_cnc2|Rückmeldungen aus der Fertigung erfassen, Maschinendaten an das ERP übergeben|Betriebsdatenerfassung, ERP||service|sw_mes sw_erp sw_iot fhdo_erp iml_pl
c_forge|Einführung eines ERP-Systems, Beratung bei der Auswahl|ERP-Einführung|||sw_erp iml_pl fhdo_erp sw_mes
c_stamp|Werkzeugverschleiß beim Fräsen verstehen, Standzeiten verlängern|Zerspanung|||tud_isf tud_lwt fhdo_ft
c_pack|Auftragsfertigung von Frästeilen für Verpackungsmaschinen gesucht|CNC-Fräsen|||c_cnc1 c_cnc2 c_cnc4 c_laser
c_med|Lohnfertiger für Drehteile aus Edelstahl in Kleinserie|Drehteile, Kleinserien|||c_cnc1 c_cnc2 c_cnc3 c_cnc4
c_pl1|Funktionsprototypen im Lasersinter-Verfahren für Gehäuse|Lasersintern|||c_am1 fhdo_ft c_am2
c_pack|Ersatzteile per 3D-Druck statt Lagerhaltung|Additive Fertigung|||c_am1 c_am2 fhdo_ft
c_cnc4|Metallische Bauteile additiv herstellen, Partner für Pulverbett-Laserschmelzen|SLM, Laserschmelzen|||c_am2 fhdo_ft c_am1
c_robot|Abschlussarbeit zur Roboterprogrammierung einer Schweißzelle|Robotik, Abschlussarbeit||university|fhdo_at hsbo_mt tud_tt
c_hydr|Steuerung einer Prüfanlage auf Siemens S7 umstellen|SPS-Programmierung|||ing_sps fhdo_at c_robot
c_forge|Alte Schmiedepresse modernisieren, neue Steuerung und Sicherheitstechnik|Retrofit, Steuerungstechnik|||k_serv1 ing_sps c_robot ing_ce
c_cast|Gussteile zerstörungsfrei auf Lunker prüfen|Computertomographie, Röntgenprüfung|||lab_ct rub_wt thga_mp
c_stamp|Bruch an Stanzwerkzeug, Ursache klären|Schadensanalyse|||lab_wp rub_wt thga_mp tud_lwt
c_cnc3|Zugfestigkeit und Härte von Chargen prüfen lassen|Werkstoffprüfung|||lab_wp thga_mp rub_wt
c_galv|Korrosionsschutz für Schrauben verbessern, Salzsprühtest|Korrosionsschutz|||thga_mp tud_lwt lab_wp c_coat
c_cnc2|Härten von Frästeilen aus 42CrMo4 als Lohnarbeit|Wärmebehandlung, Härten|||c_hard c_forge tud_lwt
c_laser|Oberflächen von Stahlteilen pulverbeschichten lassen|Pulverbeschichtung|||c_coat k_paint c_galv
c_drive|Leichtere Gehäuse für Elektromotoren, Faserverbund oder Aluminium|Leichtbau|||tud_iul ing_fem rub_wt
c_stamp|Rückfederung beim Biegen hochfester Bleche simulieren|Umformtechnik, Simulation|||tud_iul ing_fem
c_steel|Festigkeitsnachweis für einen Kranträger|FEM-Berechnung|||ing_fem ing_stat tud_iul
c_pack|Strömung in der Abfüllanlage optimieren|Strömungssimulation|||rub_fvt ing_fem umsicht
c_pl2|Kunststoffprofile aus Rezyklat, Werkstoffprüfung der Mischungen|Kunststoffrecycling|||fhswf_kt umsicht c_recy
c_med|Spritzgussteile für Medizinprodukte, Lohnfertiger mit Reinraum|Spritzguss|||c_pl1 fhswf_kt
c_elec|Laserschweißen von Batteriekontakten erproben|Laserschweißen|||fhswf_lf c_laser
c_sens|Klebeverbindung von Sensorgehäusen dauerhaft dicht machen|Kleben|||c_glue fhswf_lf
c_foer|Fahrerlose Transportfahrzeuge im Lager eines Kunden einsetzen|FTS, Intralogistik|||iml_fts tud_flw iml c_foer
log_hagen|Lagerlayout und Kommissionierung neu planen|Lagerplanung, Kommissionierung|||tud_flw iml iml_fts c_foer
c_spedi|Lieferketten transparenter machen, Forschungspartner gesucht|Supply Chain Management||university|iml tud_lfo
c_bake|Tourenplanung für die Filialbelieferung verbessern|Logistik|||tud_lfo iml log_hagen c_spedi
c_cnc1|Wertstromanalyse in der Dreherei, Durchlaufzeiten halbieren|Wertstromanalyse, Lean Production|||cons_lean tud_lfo tud_ips rub_lps fhswf_tbw
c_hydr|Shopfloor-Management und KVP einführen|Lean Management|||cons_lean rub_lps tud_ips fhswf_tbw
c_forge|Qualitätsmanagement nach IATF 16949 aufbauen|Qualitätsmanagement|||cons_qm
c_sens|Predictive Maintenance mit Sensordaten von Pumpen|Predictive Maintenance, Maschinelles Lernen|||sw_ai tud_ki lamarr c_sens
c_cnc3|KI-gestützte optische Prüfung von Drehteilen|Bildverarbeitung, KI|||sw_ai tud_ki lamarr
c_pack|Maschinen über OPC UA vernetzen, Fernwartung für Kunden|IoT, Fernwartung|||sw_iot fhdo_at
c_med|Informationssicherheit nach ISO 27001, Penetrationstest|IT-Sicherheit|||sw_sec rub_hgi mpisp
c_elec|Sicherheit der Firmware in Steuergeräten prüfen|Embedded Systems, IT-Sicherheit||university|rub_hgi mpisp fhswf_et
c_drive|Frequenzumrichter für neue Motorbaureihe entwickeln|Leistungselektronik|||fhswf_et c_drive
c_elec|EMV-Messung vor der CE-Kennzeichnung|EMV|||lab_emv fhswf_et
c_robot|CE-Kennzeichnung einer Sondermaschine, Risikobeurteilung|CE-Kennzeichnung|||ing_ce lab_emv
c_robot|Betriebsanleitungen für Sondermaschinen erstellen lassen|Technische Dokumentation|||doc_red ing_ce
c_forge|Energieaudit und Abwärme der Öfen nutzen|Energieeffizienz, Abwärmenutzung|||cons_en umsicht ieg
c_cast|CO2-Bilanz und Nachhaltigkeitsbericht für Kunden aus der Autoindustrie|CO2-Bilanz, Nachhaltigkeitsbericht|||cons_co2 umsicht
c_brew|Wärmepumpe für Brauprozess und Hallenheizung|Wärmepumpen|||k_shk1 k_shk2 ing_tga ieg
c_spedi|Ladeinfrastruktur für E-Lkw auf dem Betriebshof|Ladeinfrastruktur|||k_el1 k_el2 hsbo_mt tud_ie3
c_pl1|Photovoltaik auf dem Hallendach mit Speicher|Photovoltaik, Energiespeicher|||k_el1 k_roof hsbo_h2 tud_ie3
c_hard|Wasserstoff als Brenngas für Härteöfen prüfen|Wasserstoff|||hsbo_h2 ieg umsicht
c_brew|Geothermie für die Wärmeversorgung des Standorts|Geothermie|||ieg
c_steel|Statik für Hallenerweiterung|Tragwerksplanung|||ing_stat hsbo_bi
c_bake|Lüftung und Heizung der Backstube neu planen|TGA-Planung|||ing_tga k_shk1 k_shk2 cons_en
c_bake|HACCP-Konzept überarbeiten, Hygieneaudit|HACCP|||lab_food
c_med|Ergonomie der Montagearbeitsplätze verbessern|Ergonomie|||ifado tud_ips
c_glue|Analytik von Klebstoffrückständen auf Bauteilen|Analytik|||isas lab_wp
c_cast|Fördermittel für neue Formanlage, ZIM-Antrag|Fördermittel, ZIM|||cons_fund en_agentur tud_tt
c_sens|Forschungskooperation für neue Sensorgeneration, ZIM-Projekt mit Hochschule|ZIM, Sensorik||university|tud_tt fhswf_et rub_tt
c_cnc4|Studierende für Praktika und Abschlussarbeiten im Maschinenbau|Abschlussarbeiten, Praktika||university|fhdo_ft fhswf_tbw tud_tt
c_hydr|Unternehmensnachfolge regeln, Übergabe an die nächste Generation|Unternehmensnachfolge|||cons_succ uwh_wifu
c_galv|Fachkräfte gewinnen, Arbeitgebermarke aufbauen|Employer Branding|||hr_talent ad_messe ad_ruhr en_agentur
c_drive|Messeauftritt auf der Hannover Messe gestalten|Messeauftritte|||ad_messe ad_ruhr
c_recy|Sortierung von Metallschrott mit Kameras automatisieren|Sortiertechnik, Bildverarbeitung|||sw_ai umsicht tud_ki
c_pl1|Spritzgießwerkzeuge mit konturnaher Kühlung|Werkzeugbau, Additive Fertigung|||c_tool c_am2 fhswf_kt
c_med|Datenaustausch mit Kliniken über einen Datenraum|Datenräume|||isst
c_robot|Digitaler Zwilling einer Montagelinie für die virtuelle Inbetriebnahme|Digitaler Zwilling, Simulation|||iml_pl tud_ips rub_lps ing_fem
k_serv2|Ersatzteile für alte Hydraulikpressen nachfertigen|Ersatzteilfertigung|||c_cnc1 c_cnc4 c_hydr k_serv1
c_laser|Schweißbaugruppen als Lohnarbeit, Stahlkonstruktionen|Schweißtechnik|||c_steel k_metal c_robot
"""


@dataclass(frozen=True)
class EvalNeed:
    need_id: uuid.UUID
    seeker: str
    topic: str
    expected: frozenset[str]


def organisation_rows() -> list[list[str]]:
    return [line.split("|") for line in ORGANISATIONS.strip().splitlines()]


def need_rows() -> list[list[str]]:
    return [r for r in (line.split("|") for line in NEEDS.strip().splitlines()) if r[1]]


def load(ws: Workspace) -> tuple[dict[str, uuid.UUID], list[EvalNeed]]:
    """Create the set's organisations (parents before units), contacts and needs."""
    ids: dict[str, uuid.UUID] = {}
    for key, kind, name, town, wz, competences, parent, contact in organisation_rows():
        ids[key] = ws.organisations.create(
            OrganisationDraft(
                name=name,
                kind=KINDS[kind],
                city=town,
                municipality=town,
                wz_code=wz,
                competences=competences,
                parent_id=ids[parent] if parent else None,
            )
        )
        if contact:
            who, _, role = contact.partition(", ")
            *names, last = who.split()
            title = " ".join(n for n in names if n.endswith("."))
            first = " ".join(n for n in names if not n.endswith("."))
            ws.people.create(
                PersonDraft(
                    title=title,
                    first_name=first,
                    last_name=last,
                    affiliations=[
                        AffiliationDraft(organisation_id=ids[key], role=role, is_primary=True)
                    ],
                )
            )
    needs: list[EvalNeed] = []
    for seeker, topic, competence, wz, sought, expected in need_rows():
        need_id = ws.needs.create(
            NeedDraft(
                organisation_id=ids[seeker],
                topic=topic,
                wanted_competence=competence,
                wanted_wz_code=wz,
                sought_partner=SoughtPartner(sought) if sought else None,
            )
        )
        needs.append(EvalNeed(need_id, seeker, topic, frozenset(expected.split())))
    return ids, needs
