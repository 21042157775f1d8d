# ruff: noqa: E501  (the tables below are data: one organisation or need per line)
"""An evaluation set for partner suggestions (issue 24): organisations of the region as a staff
member of the network knows them, needs companies told the network about, and for each need the
partners a knowledgeable staff member would propose.

The organisations (293): universities with their units (Lehrstuhl, Institut, Fachgebiet, Labor,
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

# The enlargement (179 organisations): more units of the region's universities and institutes
# (TU Dortmund, Ruhr-Universität Bochum, FH Dortmund, FernUniversität in Hagen, FH Südwestfalen,
# Hochschule Bochum, Hochschule für Gesundheit, EBZ, THGA, Fraunhofer IML/ISST/IMS/UMSICHT, ...)
# with their research fields, and more engineering offices, laboratories, software houses,
# consultants, agencies, suppliers and craft businesses, among them as many of neighbouring
# fields, competitors of the seekers and texts with misleading substrings as a real network has.
# Written as the CRM would hold them, before anything was ranked or judged on them. Real names
# for public institutions and their units; contacts of the new units and all private firms are
# invented.
MORE_ORGANISATIONS = """
tud_wpt|U|Fachgebiet Werkstoffprüftechnik (WPT)|Dortmund|85.42.1|Ermüdungsprüfung, zerstörungsfreie Prüfverfahren, Werkstoffcharakterisierung, Schwingfestigkeit von Leichtbauwerkstoffen, additiv gefertigte Werkstoffe|tud|Prof. Helga Brückner, Fachgebietsleiterin
tud_itpl|U|Fachgebiet IT in Produktion und Logistik (ITPL)|Dortmund|85.42.1|Ablaufsimulation von Produktions- und Logistiksystemen, Datenmanagement in Lieferketten, Entscheidungsunterstützung, Digitaler Zwilling|tud|Prof. Rainer Lindemann, Fachgebietsleiter
tud_rst|U|Lehrstuhl für Regelungssystemtechnik (RST)|Dortmund|85.42.1|Regelungstechnik, Fahrerassistenzsysteme, Servicerobotik, modellbasierte Optimierung|tud|Prof. Georg Hallmann, Lehrstuhlinhaber
tud_eam|U|Lehrstuhl für Elektrische Antriebe und Mechatronik (EAM)|Dortmund|85.42.1|Elektrische Maschinen, Antriebsregelung, Umrichter für Antriebe, Elektromobilität|tud|Prof. Miriam Osterkamp, Lehrstuhlinhaberin
tud_irf|U|Institut für Roboterforschung (IRF)|Dortmund|85.42.1|Mobile Robotik, Mensch-Roboter-Kollaboration, Sensordatenfusion, Bildverarbeitung für Roboter|tud|Prof. Tobias Lenz, Institutsleiter
tud_ls12|U|Lehrstuhl Eingebettete Systeme, Fakultät für Informatik|Dortmund|85.42.1|Eingebettete Systeme, Echtzeitsysteme, energieeffiziente Software, Compiler für Mikrocontroller|tud|Prof. Ingrid Faber, Lehrstuhlinhaberin
tud_ls14|U|Lehrstuhl Software Engineering, Fakultät für Informatik|Dortmund|85.42.1|Softwarequalität, Anforderungsanalyse, modellbasierte Softwareentwicklung, Testautomatisierung|tud|Prof. Daniel Kuhn, Lehrstuhlinhaber
tud_apt|U|Lehrstuhl Anlagen- und Prozesstechnik, Fakultät Bio- und Chemieingenieurwesen|Dortmund|85.42.1|Prozessautomatisierung, Anlagenplanung, modulare Anlagen, Prozessführung in der Chemie|tud|Prof. Norbert Esser, Lehrstuhlinhaber
tud_mvt|U|Lehrstuhl Mechanische Verfahrenstechnik|Dortmund|85.42.1|Partikeltechnik, Pulvertechnologie, Zerkleinern und Mischen, Schüttgut|tud|Prof. Carola Heinemann, Lehrstuhlinhaberin
tud_stahl|U|Lehrstuhl Stahlbau, Fakultät Architektur und Bauingenieurwesen|Dortmund|85.42.1|Stahlbau, Stahlverbundbau, Ermüdung geschweißter Konstruktionen, Brandschutz im Stahlbau|tud|Prof. Konrad Seifert, Lehrstuhlinhaber
tud_sfs|U|Sozialforschungsstelle Dortmund (sfs)|Dortmund|85.42.1|Arbeitsforschung, soziale Innovation, Arbeit 4.0, Organisationsentwicklung, betriebliche Weiterbildung|tud|Dr. Petra Lohmann, Bereichsleiterin
tud_mkt|U|Lehrstuhl für Marketing, Wirtschaftswissenschaftliche Fakultät|Dortmund|85.42.1|Marketingforschung, Kundenbefragungen, Markenführung, Preismanagement|tud|Prof. Felix Hartung, Lehrstuhlinhaber
tud_cni|U|Lehrstuhl für Kommunikationsnetze (CNI)|Dortmund|85.42.1|Mobilfunk, 5G-Campusnetze, drahtlose Kommunikation in der Industrie, Funknetzplanung|tud|Prof. Ahmet Demir, Lehrstuhlinhaber
tud_stat|U|Fakultät Statistik|Dortmund|85.42.1|Statistische Versuchsplanung, Datenanalyse, statistische Qualitätskontrolle, Zeitreihenanalyse|tud|Prof. Ulrike Brandes, Dekanin
tud_raum|U|Fakultät Raumplanung|Dortmund|85.42.1|Stadtplanung, Regionalentwicklung, Verkehrsplanung, Flächenmanagement|tud|Prof. Jörg Albers, Dekan
rub_lmk|U|Lehrstuhl für Maschinenelemente und Konstruktionslehre (LMK)|Bochum|85.42.1|Konstruktionsmethodik, Maschinenelemente, Tribologie, Getriebe- und Lagerauslegung|rub|Prof. Werner Pohl, Lehrstuhlinhaber
rub_leat|U|Lehrstuhl für Energieanlagen und Energieprozesstechnik (LEAT)|Bochum|85.42.1|Verbrennungstechnik, Energieanlagen, Wasserstoffverbrennung in Industrieöfen, Prozesssimulation|rub|Prof. Gregor Wenzel, Lehrstuhlinhaber
rub_eele|U|Lehrstuhl für Elektrische Energietechnik und Leistungselektronik|Bochum|85.42.1|Leistungselektronik, Stromrichter, elektrische Netze, Netzintegration von Speichern|rub|Prof. Nadine Kessler, Lehrstuhlinhaberin
rub_isse|U|Lehrstuhl für Industrial Sales and Service Engineering|Bochum|85.42.1|Industrielle Dienstleistungen, Servicegeschäft im Maschinenbau, digitale Geschäftsmodelle, Vertriebsprozesse|rub|Prof. Oliver Stamm, Lehrstuhlinhaber
rub_wd|U|Lehrstuhl Werkstoffdesign, Institut für Werkstoffe|Bochum|85.42.1|Legierungsentwicklung, Hochdurchsatz-Materialforschung, Dünnschichten, Werkstoffdesign|rub|Prof. Claudia Voss, Lehrstuhlinhaberin
rub_tc|U|Lehrstuhl für Technische Chemie|Bochum|85.42.1|Katalyse, Reaktionstechnik, chemische Prozessentwicklung, Elektrolyse|rub|Prof. Simone Arndt, Lehrstuhlinhaberin
rub_ac|U|Lehrstuhl für Analytische Chemie – Zentrum für Elektrochemie|Bochum|85.42.1|Elektroanalytik, elektrochemische Sensoren, Oberflächenanalytik, Korrosionsuntersuchungen|rub|Prof. Frank Otte, Lehrstuhlinhaber
rub_syssec|U|Lehrstuhl für Systemsicherheit|Bochum|85.42.1|Softwaresicherheit, Schwachstellenanalyse, Malware-Analyse, Fuzzing von Firmware|rub|Prof. Lena Graf, Lehrstuhlinhaberin
rub_wf|U|Worldfactory Start-up Center der RUB|Bochum|85.42.1|Gründungsberatung, Start-up-Förderung, Ideenwerkstatt, Gründerstipendien|rub|Dr. Jonas Reuter, Leiter
rub_wst|U|Lehrstuhl für Wärme- und Stoffübertragung|Bochum|85.42.1|Wärmeübertragung, Wärmeübertrager, Kühlung von Elektronik, Trocknungsprozesse|rub|Prof. Dieter Kalb, Lehrstuhlinhaber
rub_germ|U|Germanistisches Institut|Bochum|85.42.1|Sprachwissenschaft, Literaturwissenschaft, Deutsch als Fremdsprache|rub|Prof. Eva Lindner, Geschäftsführende Direktorin
rub_ptt|U|Lehrstuhl für Photonik und Terahertztechnologie|Bochum|85.42.1|Photonik, Lasertechnik, Terahertz-Spektroskopie, optische Messtechnik|rub|Prof. Michael Haas, Lehrstuhlinhaber
rub_iaw|U|Institut für Arbeitswissenschaft (IAW)|Bochum|85.42.1|Arbeitsorganisation, Arbeitszeitgestaltung, Personalentwicklung, Mitbestimmung|rub|Prof. Sandra Wolff, Institutsleiterin
fhdo_idial|U|Institut für die Digitalisierung von Arbeits- und Lebenswelten (IDiAL)|Dortmund|85.42.2|Softwaretechnik, Smart Home, IT-Sicherheit eingebetteter Systeme, Medizininformatik|fhdo|Prof. Kerstin Marx, Institutsleiterin
fhdo_log|U|Fachbereich Wirtschaft, Lehrgebiet Logistik|Dortmund|85.42.2|Logistikmanagement, Einkauf, Supply Chain, Abschlussarbeiten mit Unternehmen|fhdo|Prof. Ralf Tillmanns, Lehrgebiet Logistik
fhdo_kt|U|Labor für Kunststoff- und Werkstofftechnik, Fachbereich Maschinenbau|Dortmund|85.42.2|Kunststoffprüfung, Werkstoffkunde, Faserverbundwerkstoffe, Schadensanalyse an Kunststoffteilen|fhdo|Prof. Heike Brandt, Laborleiterin
fhdo_re|U|Labor für Regenerative Energien, Fachbereich Elektrotechnik|Dortmund|85.42.2|Photovoltaik, Windenergie, Netzintegration, Energiespeicher|fhdo|Prof. Yusuf Aydın, Laborleiter
fhdo_soz|U|Fachbereich Angewandte Sozialwissenschaften|Dortmund|85.42.2|Soziale Arbeit, Inklusion, Kindheitspädagogik|fhdo|Prof. Marion Kraft, Dekanin
fhdo_arch|U|Fachbereich Architektur|Dortmund|85.42.2|Architektur, Städtebau, Innenarchitektur, Entwurf|fhdo|Prof. Paul Winter, Dekan
fhdo_mst|U|Labor für Mess- und Sensortechnik, Fachbereich Elektrotechnik|Dortmund|85.42.2|Sensorik, Messdatenerfassung, Kalibrierung, drahtlose Sensornetzwerke|fhdo|Prof. Thomas Bergmann, Laborleiter
fhdo_tt|U|Transferstelle der Fachhochschule Dortmund|Dortmund|85.42.2|Wissenstransfer, Kooperationsanbahnung, Praxissemester, Duales Studium|fhdo|Nina Ortmann, Transferreferentin
feu|U|FernUniversität in Hagen|Hagen|85.42.1|Wirtschaftswissenschaften, Informatik, Mathematik, Rechtswissenschaft, Psychologie||
feu_pl|U|Lehrstuhl für Betriebswirtschaftslehre, insb. Produktion und Logistik|Hagen|85.42.1|Produktionsplanung, Bestandsmanagement, Operations Research, Logistikkosten|feu|Prof. Stephan Merz, Lehrstuhlinhaber
feu_eet|U|Lehrgebiet Elektrische Energietechnik|Hagen|85.42.1|Energieversorgungsnetze, Netzschutz, Smart Grids, Energiemanagement|feu|Prof. Anja Reinholz, Lehrgebietsleiterin
feu_wi|U|Lehrstuhl für Wirtschaftsinformatik|Hagen|85.42.1|Geschäftsprozessmanagement, betriebliche Anwendungssysteme, ERP-Systeme, Prozessmodellierung|feu|Prof. Matthias Hein, Lehrstuhlinhaber
feu_gr|U|Lehrstuhl für Unternehmensgründung und -nachfolge|Hagen|85.42.1|Entrepreneurship, Unternehmensnachfolge im Mittelstand, Gründungsfinanzierung|feu|Prof. Christine Adler, Lehrstuhlinhaberin
feu_psy|U|Institut für Psychologie|Hagen|85.42.1|Arbeits- und Organisationspsychologie, Personalauswahl, Lernen mit digitalen Medien|feu|Prof. Robert Jansen, Institutsleiter
fhswf_ifi|U|Institut für Instandhaltung und Korrosionsschutztechnik (Iserlohn)|Hagen|85.42.2|Korrosionsschutz, Instandhaltungsmanagement, Beschichtungsprüfung, Schadensanalyse an Anlagen|fhswf|Prof. Achim Gerlach, Institutsleiter
fhswf_ut|U|Labor für Umformtechnik (Iserlohn)|Hagen|85.42.2|Blechumformung, Kaltmassivumformung, Werkzeugauslegung, Umformsimulation|fhswf|Prof. Jens Rademacher, Laborleiter
fhswf_ot|U|Labor für Oberflächentechnik (Iserlohn)|Hagen|85.42.2|Galvanotechnik, Beschichtungsverfahren, Oberflächenanalytik, Schichtdickenmessung|fhswf|Prof. Dorothea Stein, Laborleiterin
fhswf_rt|U|Labor für Regelungstechnik und Automatisierung|Hagen|85.42.2|Regelungstechnik, SPS-Technik, Prozessautomatisierung, Antriebsregelung|fhswf|Prof. Bettina Holz, Laborleiterin
fhswf_tt|U|Transferstelle der Fachhochschule Südwestfalen|Hagen|85.42.2|Technologietransfer, Forschungsförderung, ZIM-Projekte mit KMU, Praxisprojekte|fhswf|Markus Lüttge, Transferbeauftragter
hsbo_wiwi|U|Fachbereich Wirtschaft|Bochum|85.42.2|Betriebswirtschaft, Marketing, Controlling, Nachhaltigkeitsmanagement|hsbo|Prof. Andrea Scholz, Dekanin
hsbo_geo|U|Fachbereich Geodäsie|Bochum|85.42.2|Vermessung, Geoinformatik, Laserscanning, Photogrammetrie|hsbo|Prof. Frank Ehlers, Dekan
hsbo_st|U|Institut für Systemtechnik|Bochum|85.42.2|Elektronikentwicklung, Embedded Systems, Sensorsysteme, Signalverarbeitung|hsbo|Prof. Murat Öztürk, Institutsleiter
hsbo_wzm|U|Labor für Werkzeugmaschinen und Fertigungstechnik|Bochum|85.42.2|Zerspanungsversuche, Werkzeugmaschinen, Spannmittel, Fertigungsverfahren|hsbo|Prof. Rolf Dietz, Laborleiter
hsbo_tt|U|Transferstelle der Hochschule Bochum|Bochum|85.42.2|Kooperationsprojekte, Abschlussarbeiten, Weiterbildung, Gründungsberatung|hsbo|Sabine Theis, Transferreferentin
hsbo_sol|U|SolarCar-Labor|Bochum|85.42.2|Solarfahrzeuge, Photovoltaik, Leichtbau, Elektromobilität|hsbo|Prof. Udo Kampmann, Laborleiter
hsg|U|Hochschule für Gesundheit|Bochum|85.42.2|Pflege, Physiotherapie, Ergotherapie, Hebammenwissenschaft, Gesundheitstechnik||
hsg_gt|U|Labor für Assistenzsysteme, Studienbereich Gesundheit und Technik|Bochum|85.42.2|Assistive Technologien, Usability von Medizinprodukten, Gesundheitsdaten, Pflegetechnik|hsg|Prof. Marlene Fuchs, Laborleiterin
ebz|U|EBZ Business School|Bochum|85.42.2|Immobilienwirtschaft, Wohnungswirtschaft, Energieeffizienz von Wohngebäuden, Facility Management||
thga_ma|U|Labor für Maschinen- und Antriebstechnik|Bochum|85.42.2|Antriebstechnik, Getriebeprüfung, Schwingungsmessung, Zustandsüberwachung von Maschinen|thga|Prof. Ulf Sander, Laborleiter
uwh_ges|U|Fakultät für Gesundheit|Witten|85.42.1|Medizin, Zahnmedizin, Pflegewissenschaft, Versorgungsforschung|uwh|Prof. Ines Hoffmann, Dekanin
iml_vl|I|Abteilung Verkehrslogistik, Fraunhofer IML|Dortmund|72.19.0|Transportlogistik, Tourenplanung, urbane Logistik, Güterverkehr|iml|Dr. Carsten Vogt, Abteilungsleiter
iml_ek|I|Abteilung Einkauf und Finanzen im Supply Chain Management, Fraunhofer IML|Dortmund|72.19.0|Einkauf, Lieferantenmanagement, Supply Chain Finance, Risikomanagement in Lieferketten|iml|Dr. Julia Franke, Abteilungsleiterin
iml_ul|I|Abteilung Umweltlogistik, Fraunhofer IML|Dortmund|72.19.0|Kreislaufwirtschaft, Entsorgungslogistik, Ressourceneffizienz, CO2-Bilanzierung in der Logistik|iml|Dr. Heiko Möller, Abteilungsleiter
isst_hc|I|Abteilung Healthcare, Fraunhofer ISST|Dortmund|72.19.0|Gesundheitsdaten, Interoperabilität, Telemedizin, digitale Versorgungsprozesse|isst|Dr. Anke Roth, Abteilungsleiterin
isst_dw|I|Abteilung Datenwirtschaft, Fraunhofer ISST|Dortmund|72.19.0|Datenräume, Datensouveränität, Industrial Data Space, Datenmanagement|isst|Dr. Tim Lorenz, Abteilungsleiter
ims|I|Fraunhofer-Institut für Mikroelektronische Schaltungen und Systeme IMS|Duisburg|72.19.0|Mikroelektronik, CMOS-Bildsensoren, drahtlose Sensorsysteme, Embedded AI, RFID||
umsicht_kw|I|Abteilung Kreislaufwirtschaft, Fraunhofer UMSICHT|Bochum|72.19.0|Kunststoffrecycling, Rezyklate, biobasierte Kunststoffe, Compoundierung|umsicht|Dr. Sabine Kühn, Abteilungsleiterin
umsicht_es|I|Abteilung Elektrochemische Energiespeicher, Fraunhofer UMSICHT|Bochum|72.19.0|Redox-Flow-Batterien, Elektrolyseure, Wasserstoffspeicherung, Stacks|umsicht|Dr. Peter Albrecht, Abteilungsleiter
mpimp|I|Max-Planck-Institut für molekulare Physiologie|Dortmund|72.11.0|Chemische Biologie, Strukturbiologie, Zellbiologie, Wirkstoffforschung||
baua|I|Bundesanstalt für Arbeitsschutz und Arbeitsmedizin (BAuA)|Dortmund|72.19.0|Arbeitsschutz, Gefahrstoffe, Ergonomie, Arbeitszeitgestaltung, Produktsicherheit||
dbm|I|Deutsches Bergbau-Museum Bochum – Leibniz-Forschungsmuseum für Georessourcen|Bochum|91.02.0|Montanarchäologie, Materialanalytik historischer Werkstoffe, Bergbaugeschichte, Ausstellungen||
mdz|I|Mittelstand-Digital Zentrum Ruhr-OWL|Dortmund|72.19.0|Digitalisierung im Mittelstand, KI-Sprechstunden, Praxisworkshops, IT-Sicherheit für KMU||
sw_mes2|S|Produktionssoftware Ruhr GmbH|Bochum|62.01.9|MES-Lösungen für Kunststoffverarbeiter, Maschinendatenerfassung, Feinplanung, Werkerführung||
sw_erp2|S|Hagener Business Software GmbH|Hagen|62.01.9|ERP für Fertigungsbetriebe, proALPHA-Beratung, Materialwirtschaft, Kalkulation||
sw_erp3|S|Datenwerk Herne GmbH|Herne|62.02.0|Microsoft Dynamics 365, Buchhaltungssoftware, Lohnabrechnung, IT-Betreuung||
sw_app|S|Appwerk Dortmund GmbH|Dortmund|62.01.9|App-Entwicklung, Webanwendungen, UX-Design, Individualsoftware||
sw_its|S|Systemhaus Ennepe GmbH|Schwelm|62.03.0|IT-Betreuung, Netzwerke, Datensicherung, Microsoft 365, Telefonanlagen||
sw_vis|S|Visiotec Industrielle Bildverarbeitung GmbH|Herdecke|62.01.9|Optische Prüfsysteme, Kamerainspektion, Oberflächenprüfung, Auswertung mit Deep Learning||
sw_ki2|S|Lernende Systeme Witten GmbH|Witten|62.01.9|KI-Beratung, Prognosemodelle, Absatzplanung, Chatbots||
sw_dsb|S|Kanzlei für Datenschutz und IT-Recht Hagen|Hagen|69.10.1|Externer Datenschutzbeauftragter, DSGVO-Beratung, IT-Verträge||
sw_soc|S|SecureOps Dortmund GmbH|Dortmund|62.02.0|Security Operations Center, Schwachstellenscans, OT-Security, Notfallhilfe nach Cyberangriffen||
sw_sim|S|Simulationsbüro Logistik Plus GmbH|Dortmund|62.01.9|Materialflusssimulation, Layoutplanung, Plant Simulation, Fabrikplanung||
sw_geo|S|GeoData Ruhr GmbH|Bochum|71.12.3|Vermessung, GIS, Drohnenbefliegung, 3D-Laserscanning von Gebäuden und Anlagen||
ing_cae|S|CAE-Dienstleistungen Herne GmbH|Herne|71.12.2|Strukturmechanik mit ANSYS, Crash-Simulation, Topologieoptimierung, Lebensdauerberechnung||
ing_cfd|S|Fluidsim Engineering GmbH|Bochum|71.12.2|CFD-Berechnungen, Wärmeübertragung, Lüftungssimulation, Auslegung von Pumpen und Ventilatoren||
ing_pe|S|Entwicklungsbüro Ruhrtal GmbH|Wetter (Ruhr)|71.12.2|Produktentwicklung, kunststoffgerechte Konstruktion, 3D-CAD (Creo), Prototypen||
ing_ap|S|Ingenieurbüro Kaya Anlagenplanung|Herne|71.12.2|Anlagenplanung, Rohrleitungsbau, Verfahrenstechnik, 3D-Anlagenplanung||
ing_elp|S|Elektroplanung Witten GmbH|Witten|71.12.1|Elektroplanung für Gebäude, Blitzschutz, Beleuchtungsplanung, Photovoltaikplanung||
ing_fab|S|Fabrikplanung Ruhr GmbH|Dortmund|70.22.0|Fabrikplanung, Layoutplanung, Standortplanung, Materialflussanalyse||
ing_eplan|S|Steuerungstechnik Herne GmbH|Herne|71.12.2|Elektrokonstruktion (EPLAN), SPS-Software, Visualisierung, Prozessleittechnik||
ing_rob|S|Roboterintegration Bochum GmbH|Bochum|71.12.2|Roboterprogrammierung (KUKA, Fanuc), Offline-Programmierung, Greiferkonstruktion, Cobot-Anwendungen||
ing_sv|S|Sachverständigenbüro Hattingen|Hattingen|71.20.0|Gutachten zu Maschinenschäden, Wertgutachten, Schadensursachenermittlung||
ing_umw|S|Umweltgutachten Ennepe GmbH|Ennepetal|71.12.1|Immissionsschutzgutachten, Genehmigungsverfahren nach BImSchG, Lärmschutz, Altlasten||
ing_hyd|S|Hydraulikplanung Sprockhövel GmbH|Sprockhövel|71.12.2|Hydraulikschaltpläne, Auslegung hydraulischer Antriebe, Inbetriebnahme von Hydraulikaggregaten||
ing_vt|S|Verfahrenstechnik Consult Herne|Herne|71.12.2|Verfahrensentwicklung, Scale-up, Trocknungsanlagen, Mischtechnik||
ing_ens|S|Energietechnik Dortmund Planungsbüro GmbH|Dortmund|71.12.1|Planung von BHKW, Wärmerückgewinnung, Dampf- und Druckluftsysteme, Energiekonzepte||
ing_h2|S|H2 Consulting Herne GmbH|Herne|71.12.1|Wasserstoffprojekte, Elektrolyseurplanung, Fördermittel für Wasserstoff, Machbarkeitsstudien||
ing_pv|S|Solarplanung Witten GmbH|Witten|71.12.1|Photovoltaikplanung für Gewerbe, Ertragsgutachten, Batteriespeicherauslegung, Direktvermarktung||
lab_mpz|S|Materialprüfzentrum Dortmund GmbH|Dortmund|71.20.0|Zug-, Kerbschlag- und Härteprüfung, Metallografie, Spektralanalyse, Schweißnahtprüfung||
lab_zfp|S|ZfP-Service Herne GmbH|Herne|71.20.0|Ultraschallprüfung, Magnetpulverprüfung, Eindringprüfung, Prüfung von Schweißnähten||
lab_korr|S|Korrosionslabor Wetter GmbH|Wetter (Ruhr)|71.20.0|Salzsprühnebelprüfung, Klimawechseltests, Schichtdickenmessung, Beschichtungsprüfung||
lab_wasser|S|Chemielabor Hagen GmbH|Hagen|71.20.0|Wasseranalytik, Abwasseruntersuchungen, Bodenproben, Gefahrstoffmessungen||
lab_oa|S|Oberflächenanalytik Bochum GmbH|Bochum|71.20.0|REM-EDX, Rückstandsanalytik, technische Sauberkeit, FTIR-Spektroskopie||
lab_mess|S|Messtechnik-Dienstleistung Witten GmbH|Witten|71.20.0|Lohnmessen, Koordinatenmessung, Kalibrierung von Messmitteln, Erstbemusterung||
lab_ak|S|Akustiklabor Gevelsberg|Gevelsberg|71.20.0|Schallmessungen, Schwingungsmessung, Lärmminderung an Maschinen||
lab_kst|S|Kunststoffprüflabor Herne GmbH|Herne|71.20.0|Schmelzindex, DSC-Analyse, Zugprüfung von Kunststoffen, Rezyklatprüfung||
cons_pp|S|Produktivität & Prozesse Dortmund GmbH|Dortmund|70.22.0|Prozessoptimierung, Rüstzeitreduzierung (SMED), 5S, Aufbau von Produktionssystemen||
cons_qm2|S|Qualitätsberatung Hagen|Hagen|70.22.0|ISO 9001 Einführung, interne Audits, Prozessdokumentation, externer QM-Beauftragter||
cons_cert|S|Auditpartner Bochum GmbH|Bochum|71.20.0|Zertifizierung nach ISO 9001, ISO 14001 und ISO 45001, Lieferantenaudits||
cons_dig|S|Digitalisierungsberatung Witten|Witten|70.22.0|Digitalisierungsstrategie, Prozessdigitalisierung, Softwareauswahl, Förderprogramm go-digital||
cons_erp|S|ERP-Auswahlberatung Hellweg|Dortmund|70.22.0|Herstellerneutrale ERP-Auswahl, Lastenhefte, Projektleitung bei Softwareeinführungen||
cons_pe|S|Personalentwicklung Ennepe|Ennepetal|70.22.0|Führungskräftetraining, Personalentwicklung, Teamentwicklung, Coaching||
cons_tax|S|Steuerberatung Dortmund-Hörde|Dortmund|69.20.1|Steuerberatung, Jahresabschluss, Lohnbuchhaltung, Forschungszulage||
cons_strat|S|Strategie & Wachstum Herdecke|Herdecke|70.22.0|Strategieentwicklung, Geschäftsmodellinnovation, Markteintritt, Beratung von Familienunternehmen||
cons_efa|S|Effizienzagentur Ruhr GmbH|Dortmund|70.22.0|Energiemanagementsysteme, Energieaudit, Fördermittel BAFA, Klimaschutzkonzepte||
cons_esg|S|Nachhaltigkeitsberatung Hattingen|Hattingen|70.22.0|ESG-Reporting, Lieferkettengesetz, Nachhaltigkeitsstrategie, EcoVadis||
cons_as|S|Arbeitssicherheit Herne GmbH|Herne|74.90.0|Fachkraft für Arbeitssicherheit, Gefährdungsbeurteilungen, Unterweisungen, Betriebsarzt-Vermittlung||
cons_pat|S|Patentanwaltskanzlei Bochum|Bochum|69.10.3|Patentanmeldungen, Markenschutz, Recherchen zum Stand der Technik, Schutzrechtsstrategie||
cons_log|S|Logistikberatung Westfalen GmbH|Dortmund|70.22.0|Lagerplanung, Ausschreibung von Logistikdienstleistungen, Transportkostenanalyse, Intralogistikplanung||
ad_mb|S|Messbar Marketing GmbH|Dortmund|73.11.0|Performance-Marketing, messbare Kampagnen, Google Ads, Web-Analytics||
ad_film|S|Filmwerk Bochum|Bochum|59.11.0|Imagefilme, Produktvideos, Drohnenaufnahmen, Recruitingvideos||
ad_druck|S|Druckerei Schwelm GmbH|Schwelm|18.12.0|Offsetdruck, Digitaldruck, Verpackungsdruck, Werbemittel||
ad_b2b|S|Industriekommunikation Hagen GmbH|Hagen|73.11.0|B2B-Marketing für Maschinenbauer, Messestände, Produktkataloge, technische Illustration||
hr_az|S|Personaldienstleistung Herne GmbH|Herne|78.20.0|Arbeitnehmerüberlassung, Personalvermittlung, Fachkräfte aus dem Ausland||
edu_bz|S|Bildungszentrum Metall Hagen|Hagen|85.59.2|Schweißkurse, CNC-Lehrgänge, Weiterbildung zum Industriemeister, Verbundausbildung||
log_ful|C|Logistikzentrum Dortmund-Ellinghausen GmbH|Dortmund|52.10.0|Kontraktlogistik, E-Commerce-Fulfillment, Kommissionierung, Retourenmanagement||
log_her|C|Spedition Herne GmbH|Herne|49.41.0|Teilladungen, Komplettladungen, Gefahrguttransporte, Lagerung||
c_cnc5|C|Dreherei Ennepetal GmbH|Ennepetal|25.62.0|Langdrehteile, Drehautomaten, Serienfertigung, Edelstahlbearbeitung||
c_cnc6|C|Fräszentrum Herne GmbH|Herne|25.62.0|Großteilbearbeitung, Portalfräsen, Bearbeitung von Schweißkonstruktionen||
c_cnc7|C|Mechanische Werkstatt Sprockhövel GmbH|Sprockhövel|25.62.0|Lohnfertigung, Dreh- und Frästeile, Einzelteile nach Zeichnung, Reparaturteile||
c_grind|C|Schleiftechnik Wetter GmbH|Wetter (Ruhr)|25.62.0|Rundschleifen, Spitzenlosschleifen, Honen, Läppen||
c_am3|C|Druckwerk 3D Herne UG|Herne|22.29.0|FDM-Druck, Kunststoffprototypen, Ersatzteile aus dem 3D-Drucker, Kleinserien||
c_sheet|C|Blechbearbeitung Breckerfeld GmbH|Breckerfeld|25.62.0|Laserschneiden, Kantteile, Schweißbaugruppen, Pulverbeschichtung||
c_weld|C|Schweißtechnik Herne GmbH|Herne|25.11.0|Schweißbaugruppen, Roboterschweißen, WIG-Schweißen von Edelstahl, zertifiziert nach EN 1090||
c_forge2|C|Schmiedewerk Hagen GmbH|Hagen|25.50.1|Freiformschmieden, Ringwalzen, Schmiedeteile bis 2 t||
c_spring|C|Federnfabrik Gevelsberg GmbH|Gevelsberg|25.93.0|Druckfedern, Zugfedern, Drahtbiegeteile, Federberechnung||
c_elox|C|Eloxalwerk Hagen GmbH|Hagen|25.61.0|Eloxieren, Harteloxal, Chemisch Nickel||
c_lack|C|Industrielackiererei Herne GmbH|Herne|25.61.0|Nasslackierung, KTL-Beschichtung, Strahlarbeiten||
c_hard2|C|Wärmebehandlung Witten GmbH|Witten|25.61.0|Vakuumhärten, Plasmanitrieren, Gasaufkohlen, Spannungsarmglühen||
c_tool2|C|Formenbau Herne GmbH|Herne|25.73.3|Spritzgießwerkzeuge, Werkzeugänderungen, konturnahe Temperierung, Bemusterung||
c_pl3|C|Kunststoffspritzguss Sprockhövel GmbH|Sprockhövel|22.29.0|Technische Spritzgussteile, 2K-Spritzguss, Montage von Baugruppen||
c_foil|C|Folienwerk Witten GmbH|Witten|22.21.0|Verpackungsfolien, Blasfolien, Rezyklatfolien||
c_rub|C|Gummiwerk Breckerfeld GmbH|Breckerfeld|22.19.0|Formartikel aus Elastomer, Dichtungen, Gummi-Metall-Verbindungen||
c_pcb|C|Leiterplatten Dortmund GmbH|Dortmund|26.12.0|Leiterplatten-Prototypen, Multilayer, Bestückung||
c_eldev|C|Elektronikentwicklung Sprockhövel GmbH|Sprockhövel|26.11.9|Elektronikentwicklung, Embedded-Software, Serienfertigung von Steuerungen, EMV-gerechtes Design||
c_sens2|C|Messtechnik Herdecke GmbH|Herdecke|26.51.1|Drucksensoren, Temperaturfühler, Datenlogger||
c_cable|C|Kabelkonfektion Hattingen GmbH|Hattingen|27.33.0|Kabelbäume, Steckverbinder, Schaltschrankverdrahtung||
c_swg|C|Schaltanlagenbau Herne GmbH|Herne|27.12.0|Schaltschrankbau, Niederspannungsschaltanlagen, Steuerungsbau||
c_motor|C|Elektromotorenwerk Hagen GmbH|Hagen|27.11.0|Elektromotoren, Motorenreparatur, Wicklungen||
c_gear|C|Getriebebau Witten GmbH|Witten|28.15.0|Getriebe, Verzahnungen, Getriebereparatur||
c_pump|C|Pumpenfabrik Hattingen GmbH|Hattingen|28.13.0|Kreiselpumpen, Pumpenservice, Abwasserpumpen||
c_valve|C|Armaturenwerk Schwelm GmbH|Schwelm|28.14.0|Industriearmaturen, Ventile, Sicherheitsventile||
c_wzm|C|Werkzeugmaschinenbau Bochum GmbH|Bochum|28.41.0|Drehmaschinen, Sondermaschinen für die Zerspanung, Retrofit von Werkzeugmaschinen||
c_auto|C|Automationstechnik Witten GmbH|Witten|28.99.0|Montageanlagen, Handhabungstechnik, Prüfstände, Roboterzellen||
c_conv|C|Förderanlagen Hattingen GmbH|Hattingen|28.22.0|Gurtförderer, Rollenbahnen, Stetigfördertechnik||
c_oven|C|Industrieofenbau Herdecke GmbH|Herdecke|28.21.1|Industrieöfen, Härteöfen, Brennertechnik, Wärmerückgewinnung||
c_kss|C|Spezialchemie Herne GmbH|Herne|20.59.0|Kühlschmierstoffe, Industriereiniger, Korrosionsschutzöle||
c_paint|C|Lackfabrik Witten GmbH|Witten|20.30.0|Industrielacke, Pulverlacke, Korrosionsschutzbeschichtungen||
c_stl|C|Stahlhandel Dortmund GmbH|Dortmund|46.72.2|Stahlhandel, Zuschnitt, Brennschneiden, Blechlager||
c_alu|C|Aluminiumprofile Schwelm GmbH|Schwelm|24.42.0|Aluminium-Strangpressprofile, Profilbearbeitung, Eloxal||
c_dc|C|Aluminiumgießerei Bochum GmbH|Bochum|24.53.0|Aluminiumdruckguss, Kokillenguss, Gussbearbeitung||
c_ortho|C|Orthopädietechnik Bochum GmbH|Bochum|32.50.3|Orthesen, Prothesen, 3D-gedruckte Hilfsmittel||
c_batt|C|Batterietechnik Dortmund GmbH|Dortmund|27.20.0|Batteriesysteme, Lithium-Ionen-Packs, Batteriemanagementsysteme, Batteriekonfektion||
k_el3|K|Elektro Wattenscheid GmbH|Bochum|43.21.0|Industrieelektrik, Schaltanlagen, Photovoltaik, E-Check||
k_el4|K|Elektromeister Hagen|Hagen|43.21.0|Hausinstallation, Smart Home, Sicherheitstechnik, Sprechanlagen||
k_shk3|K|Heizung Sanitär Herne GmbH|Herne|43.22.0|Heizungsbau, Bäder, Gasgeräte||
k_kaelte|K|Kälte- und Klimatechnik Dortmund GmbH|Dortmund|43.22.0|Kälteanlagen, Klimaanlagen, Wärmepumpen für Gewerbe, Kühlräume||
k_schl|K|Schlosserei Herdecke GmbH|Herdecke|25.11.0|Schlosserarbeiten, Tore, Reparaturschweißen, Edelstahlverarbeitung||
k_mont|K|Maschinenmontage Herne GmbH|Herne|33.20.0|Maschinenumzüge, Montage von Produktionsanlagen, Demontage||
k_hydr|K|Hydraulikservice Hagen GmbH|Hagen|33.12.0|Hydraulikschläuche, Reparatur von Hydraulikzylindern, Ölservice||
k_emb|K|Elektromaschinenbau Witten GmbH|Witten|33.14.0|Reparatur von Elektromotoren, Wickelei, Schwingungsanalyse an Motoren||
k_boden|K|Industrieboden Bochum GmbH|Bochum|43.33.0|Industrieböden, Epoxidharzbeschichtung, Estrich||
k_dach2|K|Bedachungen Herne GmbH|Herne|43.91.1|Flachdachsanierung, Gründächer, Unterkonstruktionen für Photovoltaik||
k_rein|K|Industriereinigung Herne GmbH|Herne|81.22.9|Industriereinigung, Trockeneisstrahlen, Tankreinigung||
k_schrein|K|Schreinerei Sprockhövel|Sprockhövel|43.32.0|Möbelbau, Messebau, Innenausbau||
k_modell|K|Modellbau Hagen GmbH|Hagen|32.99.0|Gießereimodelle, Urmodelle, Designmodelle, Prototypen aus Holz und Kunststoff||
wf_do|A|Wirtschaftsförderung Dortmund|Dortmund|84.13.0|Ansiedlung, Gründungsberatung, Fachkräftesicherung, Netzwerke||
wf_bo|A|Bochum Wirtschaftsentwicklung|Bochum|84.13.0|Standortmarketing, Gewerbeflächen, Gründungsförderung, Innovationsberatung||
sihk|A|SIHK zu Hagen|Hagen|94.11.0|Ausbildung, Innovation und Umwelt, Energieberatung für Mitglieder, Außenwirtschaft||
efa|A|Effizienz-Agentur NRW, Regionalbüro Ruhr|Bochum|84.13.0|Ressourceneffizienz-Beratung, Materialeffizienz, PIUS-Check, Förderberatung||
o_i40|O|Cluster Industrie 4.0 Ruhr e.V.|Dortmund|94.99.9|Netzwerk von Produktionsbetrieben, Erfahrungsaustausch Industrie 4.0, Veranstaltungen||
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
    lines = ORGANISATIONS.strip().splitlines() + MORE_ORGANISATIONS.strip().splitlines()
    return [line.split("|") for line in lines]


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
