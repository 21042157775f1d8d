# ruff: noqa: E501  (one record per line reads better than records wrapped at 100 columns)
"""Static word lists of the demo network (see `indie_desktop.services.demo.generator`).

Records are kept as `|`-separated lines and words as whitespace/comma-separated text: compact to
read and to extend. Addresses of the network's institutions, universities and institutes are
real-looking, not authoritative; everything else is invented.
"""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def items(text: str) -> tuple[str, ...]:
    """Comma-separated entries that may contain spaces."""
    return tuple(p.strip() for p in text.split(",") if p.strip())


def weights(text: str) -> dict[str, float]:
    """'GmbH=55, e.K.=5' -> {'GmbH': 55.0, 'e.K.': 5.0}"""
    return {k.strip(): float(v) for k, v in (p.rsplit("=", 1) for p in items(text))}


def records(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(f.strip() for f in line.split("|")) for line in text.strip().splitlines() if line
    )


# What the demo adds to `domain.network_members.NETWORK_MEMBERS` (names, addresses, phones):
# short name|e-mail domain|bank|BLZ|BIC|register line|municipalities served ("*" = the whole
# region, "EN" = the Ennepe-Ruhr-Kreis towns).
INSTITUTIONS = {
    r[0]: r[1:]
    for r in records("""
WF Dortmund|wirtschaftsfoerderung-dortmund.de|Sparkasse Dortmund|44050199|DORTDE33XXX|Eine Einrichtung der Stadt Dortmund|Dortmund
WE Bochum|bochum-wirtschaft.de|Sparkasse Bochum|43050001|WELADED1BOC|Bochum Wirtschaftsentwicklung GmbH · Amtsgericht Bochum HRB 7231|Bochum
WE Hagen|hagen-wirtschaft.de|Sparkasse HagenHerdecke|45050001|WELADE3HXXX|HAGEN.WIRTSCHAFTSENTWICKLUNG GmbH · Amtsgericht Hagen HRB 10145|Hagen
WFG Herne|wfg-herne.de|Herner Sparkasse|43250030|WELADED1HRN|Wirtschaftsförderungsgesellschaft Herne mbH · Amtsgericht Bochum HRB 3590|Herne
EN-Agentur|en-agentur.de|Sparkasse Schwelm-Sprockhövel|45451555|WELADED1SLM|Wirtschaftsförderungsagentur Ennepe-Ruhr GmbH · Amtsgericht Hagen HRB 4211|EN
IHK Dortmund|dortmund.ihk.de|Sparkasse Dortmund|44050199|DORTDE33XXX|Körperschaft des öffentlichen Rechts|Dortmund
IHK Bochum|bochum.ihk.de|Sparkasse Bochum|43050001|WELADED1BOC|Körperschaft des öffentlichen Rechts|Bochum,Herne,Witten,Hattingen,Sprockhövel
SIHK Hagen|sihk.de|Sparkasse HagenHerdecke|45050001|WELADE3HXXX|Körperschaft des öffentlichen Rechts|Hagen,Gevelsberg,Ennepetal,Schwelm,Breckerfeld,Wetter (Ruhr),Herdecke
HWK Dortmund|hwk-do.de|Dortmunder Volksbank|44160014|GENODEM1DOR|Körperschaft des öffentlichen Rechts|*
""")
}

# kind|name|legal form|street|postcode|city|domain|phone|WZ|founded|competences
ACADEMIA = records("""
university|Technische Universität Dortmund|KdöR|August-Schmidt-Straße 4|44227|Dortmund|tu-dortmund.de|+492317551|85.42.1|1968|Produktionstechnik, Logistik, Informatik, Maschinenbau, Elektrotechnik, Chemieingenieurwesen
university|Ruhr-Universität Bochum|KdöR|Universitätsstraße 150|44801|Bochum|ruhr-uni-bochum.de|+49234320|85.42.1|1962|Werkstofftechnik, IT-Sicherheit, Medizin, Maschinenbau, Bau- und Umweltingenieurwesen
university|FernUniversität in Hagen|KdöR|Universitätsstraße 47|58097|Hagen|fernuni-hagen.de|+4923319870|85.42.1|1974|Wirtschaftswissenschaften, Informatik, Weiterbildung, Digitalisierung der Lehre
university|Fachhochschule Dortmund|KdöR|Sonnenstraße 96|44139|Dortmund|fh-dortmund.de|+492319112|85.42.2|1971|Informatik, Elektrotechnik, Maschinenbau, Design, Wirtschaft
research_institute|Fraunhofer-Institut für Materialfluss und Logistik IML|e.V.|Joseph-von-Fraunhofer-Straße 2-4|44227|Dortmund|iml.fraunhofer.de|+4923197430|72.19.0|1981|Intralogistik, Supply Chain Management, Robotik, Künstliche Intelligenz
university|Hochschule Bochum|KdöR|Am Hochschulcampus 1|44801|Bochum|hochschule-bochum.de|+492343210|85.42.2|1971|Mechatronik, Elektromobilität, Geodäsie, Bauingenieurwesen, Nachhaltige Entwicklung
research_institute|Fraunhofer-Institut für Software- und Systemtechnik ISST|e.V.|Speicherstraße 6|44147|Dortmund|isst.fraunhofer.de|+4923197677|72.19.0|1992|Datenökonomie, Datenräume, Gesundheitsdaten, Software-Engineering
research_institute|Max-Planck-Institut für molekulare Physiologie|e.V.|Otto-Hahn-Straße 11|44227|Dortmund|mpi-dortmund.mpg.de|+492311330|72.11.0|1948|Chemische Biologie, Strukturbiologie, Wirkstoffforschung
university|Universität Witten/Herdecke|gGmbH|Alfred-Herrhausen-Straße 50|58455|Witten|uni-wh.de|+492302926|85.42.1|1982|Medizin, Pflegewissenschaft, Familienunternehmen, Management
research_institute|Leibniz-Institut für Analytische Wissenschaften – ISAS|e.V.|Bunsen-Kirchhoff-Straße 11|44139|Dortmund|isas.de|+4923113920|72.19.0|1952|Analytik, Massenspektrometrie, Spektroskopie, Bildgebung
university|Fachhochschule Südwestfalen (Standort Hagen)|KdöR|Haldener Straße 182|58095|Hagen|fh-swf.de|+4923319330|85.42.2|2002|Elektrotechnik, Informatik, Maschinenbau, Technische Betriebswirtschaft
research_institute|Leibniz-Institut für Arbeitsforschung an der TU Dortmund (IfADo)|e.V.|Ardeystraße 67|44139|Dortmund|ifado.de|+4923110840|72.19.0|1969|Arbeitsphysiologie, Ergonomie, Toxikologie, Arbeitspsychologie
university|Technische Hochschule Georg Agricola|KdöR|Herner Straße 45|44787|Bochum|thga.de|+492349683|85.42.2|1816|Rohstoffe, Geotechnik, Nachbergbau, Maschinenbau, Materialwissenschaft
research_institute|Max-Planck-Institut für Sicherheit und Privatsphäre|e.V.|Universitätsstraße 140|44799|Bochum|mpi-sp.org|+49234321050|72.19.0|2019|IT-Sicherheit, Kryptografie, Datenschutz, Softwaresicherheit
research_institute|Fraunhofer-Einrichtung für Energieinfrastrukturen und Geothermie IEG|e.V.|Am Hochschulcampus 1|44801|Bochum|ieg.fraunhofer.de|+49234321701|72.19.0|2020|Geothermie, Wärmenetze, Wasserstoff, Sektorenkopplung
university|Evangelische Hochschule Rheinland-Westfalen-Lippe|KdöR|Immanuel-Kant-Straße 18-20|44803|Bochum|evh-bochum.de|+49234369010|85.42.2|1971|Soziale Arbeit, Heilpädagogik, Gemeindepädagogik
university|Hochschule für Gesundheit|KdöR|Gesundheitscampus 6-8|44801|Bochum|hs-gesundheit.de|+492347788|85.42.2|2009|Pflege, Physiotherapie, Gesundheitstechnologie
""")

# Units of the universities and institutes (issue 24): who there knows what.
# parent name|unit name|competences|cooperation offered|equipment and labs
ACADEMIC_UNITS = records("""
Technische Universität Dortmund|Institut für Produktionssysteme (IPS)|Produktionsplanung und -steuerung, Manufacturing Execution Systems, Digitale Fabrik, Lean Production, Arbeitsgestaltung|Auftragsforschung, Abschlussarbeiten, ZIM-Projekte|Lernfabrik, Montagelabor
Technische Universität Dortmund|Institut für Spanende Fertigung (ISF)|Zerspanungstechnologie, Fräsbearbeitung, Schleiftechnologie, Werkzeugbeschichtung, Prozesssimulation|Auftragsforschung, Abschlussarbeiten, ZIM-Projekte|5-Achs-Bearbeitungszentren, Schleifmaschinen, Beschichtungsanlage
Technische Universität Dortmund|Institut für Umformtechnik und Leichtbau (IUL)|Blechumformung, Massivumformung, Biegeverfahren, Leichtbau, Umformsimulation|Auftragsforschung, Abschlussarbeiten|Pressen bis 10.000 kN, Biegemaschinen
Technische Universität Dortmund|Lehrstuhl für Förder- und Lagerwesen (FLW)|Fördertechnik, Lagertechnik, fahrerlose Transportfahrzeuge, Materialflusssimulation, Intralogistik|Auftragsforschung, Abschlussarbeiten, Praktika|Versuchshalle Intralogistik
Technische Universität Dortmund|Transferstelle der TU Dortmund|Technologietransfer, Vermittlung von Abschlussarbeiten, ZIM-Projekte, Forschungskooperationen|Abschlussarbeiten, Praktika, ZIM-Projekte|
Ruhr-Universität Bochum|Lehrstuhl für Produktionssysteme (LPS)|Produktionsmanagement, Lernfabrik Industrie 4.0, MES und Fertigungssteuerung, schlanke Produktion, Montageplanung|Auftragsforschung, Abschlussarbeiten, ZIM-Projekte|Lernfabrik, Robotiklabor
Ruhr-Universität Bochum|Lehrstuhl Werkstofftechnik|Werkstoffprüfung, Werkstoffentwicklung, Schadensanalysen, Metallografie|Auftragsforschung, Abschlussarbeiten|Rasterelektronenmikroskop, Prüfmaschinen
Ruhr-Universität Bochum|Horst-Görtz-Institut für IT-Sicherheit|IT-Sicherheit, Kryptografie, Sicherheit eingebetteter Systeme|Auftragsforschung, Abschlussarbeiten|Hardware-Sicherheitslabor
Ruhr-Universität Bochum|Referat Forschung und Transfer|Technologietransfer, Patente und Schutzrechte, Ausgründungen, Forschungskooperationen|Abschlussarbeiten, ZIM-Projekte|
Fachhochschule Dortmund|Fachgebiet Betriebliche Informationssysteme / ERP|ERP-Systeme, SAP S/4HANA, Geschäftsprozessmanagement, MES-Anbindung|Abschlussarbeiten, Praktika, ZIM-Projekte|SAP-Labor
Fachhochschule Dortmund|Labor für Fertigungstechnik|CNC-Bearbeitung, Fertigungsmesstechnik, additive Fertigung, Prototypen|Abschlussarbeiten, Praktika|CNC-Fräsmaschine, Koordinatenmessgerät, SLS-Drucker
Fachhochschule Dortmund|Labor für Automatisierungstechnik|SPS-Programmierung, Robotik, Antriebstechnik, OPC UA|Abschlussarbeiten, Praktika|Roboterzellen, SPS-Arbeitsplätze
Fachhochschule Südwestfalen (Standort Hagen)|Labor für Laser- und Fügetechnik|Laserstrahlschweißen, Laserbearbeitung, Schweißverfahren, Klebverbindungen|Auftragsforschung, Abschlussarbeiten, ZIM-Projekte|Faserlaser, Schweißroboter
Fachhochschule Südwestfalen (Standort Hagen)|Fachbereich Technische Betriebswirtschaft|Controlling, Kostenrechnung, Lean Management|Abschlussarbeiten, Praktika|
Hochschule Bochum|Institut für Mechatronik|Mechatronische Systeme, Robotertechnik, Antriebe, Elektromobilität|Auftragsforschung, Abschlussarbeiten|Antriebsprüfstand
Hochschule Bochum|Institut für Wasserstofftechnik und Energiesysteme|Wasserstofftechnologie, Brennstoffzellen, Photovoltaik, Energiespeicher|Auftragsforschung, ZIM-Projekte|Elektrolyseur-Teststand
Fraunhofer-Institut für Materialfluss und Logistik IML|Abteilung Produktionslogistik und IT|Fabrikplanung, Auswahl und Einführung von ERP- und MES-Systemen, Produktionsplanung, Digitaler Zwilling|Auftragsforschung, ZIM-Projekte|
Fraunhofer-Institut für Software- und Systemtechnik ISST|Abteilung Datenwirtschaft|Datenräume, Datenökonomie, Datenaustausch in Lieferketten|Auftragsforschung|
""")

# kind|name|legal form|street|postcode|city|domain|phone|WZ|founded|competences
AGENCIES = records("""
chamber_agency|Agentur für Arbeit Dortmund|AöR|Steinstraße 39|44147|Dortmund|arbeitsagentur.de|+492318420|84.11.0|1952|Arbeitgeberservice, Fachkräftesicherung, Qualifizierung
chamber_agency|TechnologieZentrumDortmund|GmbH|Emil-Figge-Straße 76-80|44227|Dortmund|tzdo.de|+49231974210|68.20.2|1985|Gründerförderung, Büro- und Laborflächen, Technologietransfer
chamber_agency|Kreishandwerkerschaft Dortmund und Lünen|KdöR|Reinoldistraße 7-9|44135|Dortmund|handwerk-dortmund.de|+49231557030|94.12.0|1950|Innungen, Ausbildung, Rechtsberatung Handwerk
chamber_agency|Agentur für Arbeit Bochum|AöR|Universitätsstraße 66|44789|Bochum|arbeitsagentur.de|+492343050|84.11.0|1952|Arbeitgeberservice, Weiterbildung, Kurzarbeit
chamber_agency|Kreishandwerkerschaft Ruhr|KdöR|Springorumallee 10|44795|Bochum|kh-ruhr.de|+49234458060|94.12.0|1950|Innungen, Ausbildung, Handwerksberatung
chamber_agency|Agentur für Arbeit Hagen|AöR|Körnerstraße 98-100|58095|Hagen|arbeitsagentur.de|+4923312020|84.11.0|1952|Arbeitgeberservice, Fachkräftesicherung
chamber_agency|Kreishandwerkerschaft Hagen|KdöR|Handwerkerstraße 11|58135|Hagen|handwerk-hagen.de|+49233140010|94.12.0|1950|Innungen, Ausbildung
chamber_agency|Unternehmensverbände für Dortmund und Umgebung|e.V.|Westfalendamm 87|44141|Dortmund|uv-dortmund.de|+49231577930|94.11.0|1947|Arbeitsrecht, Tarifpolitik, Bildungspolitik
chamber_agency|Arbeitgeberverband Ruhr/Westfalen|e.V.|Hauptstraße 134|44892|Bochum|agv-bochum.de|+49234588090|94.11.0|1948|Arbeitsrecht, Tarifpolitik
chamber_agency|Kreishandwerkerschaft Ennepe-Ruhr|KdöR|Bahnhofstraße 21|58285|Gevelsberg|handwerk-en.de|+49233269990|94.12.0|1950|Innungen, Ausbildung, Handwerksberatung
""")

# kind|weight|trade words|WZ 2008 codes|competences
SECTORS = records("""
company|15|Präzisionstechnik,Zerspanungstechnik,Feinmechanik,CNC-Technik,Drehteile|25.62.0|CNC-Fräsen,CNC-Drehen,5-Achs-Bearbeitung,Baugruppenmontage,Prototypenbau,Kleinserienfertigung,3D-Koordinatenmesstechnik
company|10|Maschinenbau,Sondermaschinenbau,Anlagenbau,Automatisierungstechnik|28.29.0,28.99.0,28.41.0|Sondermaschinenbau,Steuerungstechnik,Robotik,Montageautomation,Retrofit,Inbetriebnahme
company|4|Fördertechnik,Hebetechnik,Intralogistik|28.22.0|Fördertechnik,Krananlagen,Regalbediengeräte,Intralogistik,Fahrerlose Transportsysteme
company|8|Kunststofftechnik,Kunststoffverarbeitung,Spritzguss,Kunststoffprofile|22.29.0,22.21.0|Spritzguss,Extrusion,Thermoformen,Kunststoffschweißen,Lasersintern,Werkzeugbau
company|7|Stahlbau,Stahlverarbeitung,Kaltwalzwerk,Drahtwerk,Rohrtechnik|24.10.0,24.33.0,24.20.1,25.11.0|Stahlbau,Kaltprofile,Schweißtechnik,Blechbearbeitung,Laserschneiden,Rohrbiegen
company|5|Schmiedetechnik,Gesenkschmiede,Umformtechnik,Stanztechnik|25.50.1,25.50.2|Gesenkschmieden,Freiformschmieden,Wärmebehandlung,Stanzen,Tiefziehen
company|5|Oberflächentechnik,Galvanotechnik,Härterei,Beschichtungstechnik|25.61.0|Galvanik,Pulverbeschichtung,Einsatzhärten,Oberflächentechnik,Korrosionsschutz,Lasersintern
company|3|Werkzeugbau,Formenbau|25.73.3|Werkzeugbau,Formenbau,Senkerodieren,Präzisionsschleifen
company|6|Elektronik,Sensorik,Messtechnik,Antriebstechnik,Steuerungstechnik|26.51.1,26.11.9,27.11.0,27.90.0|Leiterplattenbestückung,Sensorik,Embedded Systems,Antriebstechnik,EMV-Prüfung
company|3|Pumpentechnik,Fluidtechnik,Hydraulik|28.13.0|Pumpen,Hydraulik,Pneumatik,Dichtungstechnik
company|3|Fahrzeugtechnik,Automotive Components|29.32.0|Fahrzeugkomponenten,Leichtbau,Kabelkonfektion
company|2|Chemie,Klebetechnik|20.59.0|Klebstoffe,Spezialchemie,Beschichtungsstoffe
company|2|Medizintechnik|32.50.1|Medizinprodukte,Reinraumfertigung,Feinwerktechnik
company|3|Backwaren,Großbäckerei,Feinkost,Süßwaren|10.71.0,10.82.0|Lebensmittelproduktion,HACCP,Verpackungstechnik
company|1|Brauerei|11.05.0|Brauerei,Getränkeabfüllung
company|3|Logistik,Spedition,Lagerlogistik|49.41.0,52.10.0|Kontraktlogistik,Lagerlogistik,Gefahrgutlogistik
company|2|Recycling,Metallrecycling|38.32.0|Metallrecycling,Sortiertechnik,Kreislaufwirtschaft
craft_business|6|Metallbau,Schlosserei|25.11.0,43.32.0|Metallbau,Treppen und Geländer,Schweißtechnik,Stahlkonstruktionen
craft_business|6|Elektrotechnik,Elektroinstallation,Gebäudetechnik|43.21.0|Elektroinstallation,Photovoltaik,Gebäudeautomation,Ladeinfrastruktur E-Mobilität
craft_business|5|Haustechnik,Sanitär- und Heizungstechnik,Heizung-Sanitär-Klima|43.22.0|Wärmepumpen,Heizungstechnik,Sanitärinstallation,Lüftungstechnik
craft_business|4|Industrieservice,Maschinenservice,Instandhaltungstechnik|33.12.0|Instandhaltung,Maschinenreparatur,Wartung,Ersatzteilfertigung
craft_business|2|Bedachungen,Dachtechnik|43.91.1|Dachsanierung,Flachdach,Photovoltaik-Montage
craft_business|2|Malerbetrieb,Malerwerkstätten|43.34.1|Fassadengestaltung,Industrieanstrich,Bodenbeschichtung
craft_business|2|Tischlerei,Holztechnik|43.32.0|Innenausbau,Ladenbau,Fenster und Türen
craft_business|2|Bäckerei,Backstube|10.71.0|Backwaren,Filialnetz,Catering
craft_business|1|Karosserie- und Lackiertechnik|45.20.1|Unfallinstandsetzung,Fahrzeuglackierung
service_provider|5|Ingenieurbüro,Ingenieurgesellschaft,Engineering|71.12.2,71.12.1|Konstruktion,FEM-Berechnung,Anlagenplanung,Tragwerksplanung,TGA-Planung
service_provider|4|Software,IT-Solutions,Digital,Systemhaus|62.01.9,62.02.0|Softwareentwicklung,ERP-Einführung,IT-Sicherheit,Cloud-Services,Künstliche Intelligenz,MES
service_provider|2|Unternehmensberatung,Consulting|70.22.0|Lean Management,Fördermittelberatung,Prozessoptimierung,Nachfolgeberatung
service_provider|2|Prüflabor,Werkstoffprüfung,Prüftechnik|71.20.0|Werkstoffprüfung,Schadensanalyse,Zertifizierung,Metallografie
service_provider|1|Werbeagentur,Kommunikation|73.11.0|Messeauftritte,Employer Branding,Technische Dokumentation
service_provider|1|Entwicklungsgesellschaft,Innovation Lab|72.19.0|Auftragsforschung,Prototyping,Machbarkeitsstudien
other|1|Netzwerk,Initiative,Förderverein|94.99.9|Netzwerkarbeit,Veranstaltungen,Nachwuchsförderung
""")

BRAND_PREFIXES = words(
    "Ruhr Emscher Lenne Volme Ennepe Westfalia Hellweg Ardey Hansa Phoenix Harkort Kemnade "
    "Glückauf Zollern Hohenlimburg Syburg Elbsche Schwelme Berger Teuto Vestia"
)
BRAND_SUFFIXES = words("tec tronic plast form mat metall tech systems werk line")
# municipality|area code (no trunk 0)|adjective|register court (Amtsgericht at the seat of the
# Landgericht, NRW)|weight of firms located there
TOWNS = {
    r[0]: r[1:]
    for r in records("""
Dortmund|231|Dortmunder|Dortmund|30
Bochum|234|Bochumer|Bochum|20
Hagen|2331|Hagener|Hagen|12
Herne|2323|Herner|Bochum|8
Witten|2302|Wittener|Bochum|6
Hattingen|2324|Hattinger|Essen|4
Sprockhövel|2339|Sprockhöveler|Essen|2
Gevelsberg|2332|Gevelsberger|Hagen|3
Ennepetal|2333|Ennepetaler|Hagen|3
Schwelm|2336|Schwelmer|Hagen|3
Breckerfeld|2338|Breckerfelder|Hagen|1
Wetter (Ruhr)|2335|Wetteraner|Hagen|2
Herdecke|2330|Herdecker|Hagen|2
""")
}
MOBILE_PREFIXES = words("151 152 157 159 160 162 163 170 171 172 173 174 175 176 177 178 179")

STREET_NAMES = items(
    "Industriestraße, Gewerbestraße, Am Gewerbepark, Hafenstraße, Zechenstraße, "
    "Kokereistraße, Hüttenstraße, Bergstraße, Schützenstraße, Kampstraße, Hansastraße, "
    "Westfalendamm, Rheinlanddamm, Märkische Straße, Hellweg, Ruhrallee, Emscherallee, "
    "Hauptstraße, Bahnhofstraße, Kaiserstraße, Friedrich-Ebert-Straße, Konrad-Adenauer-Ring, "
    "Otto-Hahn-Straße, Max-Planck-Straße, Robert-Bosch-Straße, Carl-Zeiss-Straße, "
    "Werner-von-Siemens-Straße, Rudolf-Diesel-Straße, Daimlerstraße, Benzstraße, Ottostraße, "
    "Kruppstraße, Thyssenstraße, Stahlwerkstraße, Walzwerkstraße, Schachtstraße, Stollenstraße, "
    "Speicherstraße, Kanalstraße, Gneisenaustraße, Ardeystraße, Körnerstraße, Eckeseyer Straße, "
    "Wehringhauser Straße, Enneper Straße, Harkortstraße, Im Defdahl, An der Kohlenbahn, "
    "Zur Zeche Zollverein, Am Stahlwerk, Im Südfeld, Im Kirchenfeld, Auf dem Brink, "
    "Am Kanal, Am Hafenbecken, Freiligrathstraße, Brückstraße, Ostenhellweg, Westenhellweg, "
    "Saarlandstraße, Hohe Straße, Münsterstraße, Schmiedestraße, Eisenstraße, Kupferstraße, "
    "Carl-Friedrich-Gauß-Straße, Joseph-Baermann-Straße, Wilhelm-Röpke-Straße, "
    "Emil-Schumacher-Straße, Ludwig-Erhard-Allee, Bessemerstraße, Krupp-Hoesch-Straße"
)
STREET_STEMS = words(
    "Linden Birken Eichen Buchen Ahorn Kastanien Rosen Wiesen Feld Wald Mühlen Schul Kirch "
    "Garten Bach Brunnen Hof Sonnen Tal Heide Hügel Kamp Werk Schmiede Kohlen Gruben Hütten"
)
STREET_SUFFIXES = items("straße, weg, ring, allee, kamp, feld")

# German, Turkish, Polish names common in the Ruhr area; Faker adds breadth around them.
DE_MALE = words(
    "Thomas Michael Andreas Stefan Frank Markus Jürgen Klaus Peter Uwe Ralf Jörg Dirk Sven Jan "
    "Tobias Christian Matthias Daniel Florian Sebastian Alexander Martin Holger Torsten Björn Jens "
    "Lukas Niklas Tim Philipp Marcel Dennis Kevin Heinz-Werner Karl-Heinz Hans-Jürgen"
)
DE_FEMALE = words(
    "Sabine Petra Claudia Andrea Susanne Nicole Stefanie Julia Katharina Anna Sandra Melanie "
    "Birgit Monika Kerstin Anja Silke Tanja Nadine Christina Laura Lea Lena Sarah Jana Vanessa "
    "Carina Miriam Ute Heike Gabriele Ingrid Annegret Marie-Luise"
)
DE_LAST = words(
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
    "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
    "Lange Schmitz Krause Lehmann Schulze Köhler König Fuchs Peters Scholz Möller Weiß Jung Hahn "
    "Schulte Brinkmann Hülsmann Kötter Westermann Overbeck Kemper Tiemann Budde Große-Wilde "
    "Vogelsang Rüther Sommerkamp Schimanski Kowalski Szymanski Nowak Grabowski Kaminski"
)
TR_MALE = words(
    "Mehmet Ahmet Mustafa Ali Hüseyin Hasan İbrahim Murat Emre Can Burak Serkan Şükrü Cem Kemal "
    "Osman Yusuf Ömer Tarık Erkan Oğuz Volkan Gökhan Tolga"
)
TR_FEMALE = words(
    "Ayşe Fatma Emine Elif Zeynep Merve Büşra Derya Gülşen Özlem Esra Hatice Sevgi Aylin Dilek "
    "Canan Nesrin Şule Yasemin Gizem"
)
TR_LAST = words(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
    "Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aktaş Tekin Avcı Bulut"
)
PL_MALE = words(
    "Łukasz Piotr Krzysztof Tomasz Paweł Marek Michał Jan Andrzej Wojciech Grzegorz Mateusz "
    "Kamil Jakub Dariusz Rafał Sławomir Przemysław"
)
PL_FEMALE = words(
    "Agnieszka Katarzyna Małgorzata Anna Joanna Magdalena Ewa Monika Barbara Dorota Aleksandra "
    "Justyna Beata Żaneta Jolanta"
)
PL_LAST = words(  # male forms; -ski/-cki become -ska/-cka for women
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
    "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
    "Pawłowski Michalski Król Wieczorek Jabłoński Majewski"
)

# male form|female form|department, per organisation kind; the first line is the boss.
FUNCTIONS = {
    "company": records("""
        Geschäftsführer|Geschäftsführerin|Geschäftsleitung
        Leiter Entwicklung|Leiterin Entwicklung|Entwicklung
        Leiter Einkauf|Leiterin Einkauf|Einkauf
        Einkäufer|Einkäuferin|Einkauf
        Vertriebsleiter|Vertriebsleiterin|Vertrieb
        Produktionsleiter|Produktionsleiterin|Produktion
        Leiter Qualitätsmanagement|Leiterin Qualitätsmanagement|Qualität
        Technischer Leiter|Technische Leiterin|Technik
        Personalleiter|Personalleiterin|Personal
        Konstrukteur|Konstrukteurin|Konstruktion
        Assistent der Geschäftsführung|Assistentin der Geschäftsführung|Geschäftsleitung"""),
    "craft_business": records("""
        Inhaber|Inhaberin|Geschäftsleitung
        Betriebsleiter|Betriebsleiterin|Betrieb
        Meister|Meisterin|Werkstatt
        Kaufmännischer Leiter|Kaufmännische Leiterin|Verwaltung
        Projektleiter|Projektleiterin|Projekte"""),
    "service_provider": records("""
        Geschäftsführer|Geschäftsführerin|Geschäftsleitung
        Partner|Partnerin|Geschäftsleitung
        Projektleiter|Projektleiterin|Projekte
        Senior Consultant|Senior Consultant|Beratung
        Key Account Manager|Key Account Managerin|Vertrieb"""),
    "university": records("""
        Leiter Transferstelle|Leiterin Transferstelle|Transfer und Kooperation
        Lehrstuhlinhaber|Lehrstuhlinhaberin|Lehrstuhl
        Wissenschaftlicher Mitarbeiter|Wissenschaftliche Mitarbeiterin|Lehrstuhl
        Transferbeauftragter|Transferbeauftragte|Transfer und Kooperation
        Gründungsberater|Gründungsberaterin|Gründungsservice"""),
    "research_institute": records("""
        Institutsleiter|Institutsleiterin|Institutsleitung
        Abteilungsleiter|Abteilungsleiterin|Abteilung
        Gruppenleiter|Gruppenleiterin|Forschungsgruppe
        Business Developer|Business Developerin|Business Development"""),
    "chamber_agency": records("""
        Bereichsleiter|Bereichsleiterin|Geschäftsführung
        Berater|Beraterin|Beratung
        Teamleiter Arbeitgeberservice|Teamleiterin Arbeitgeberservice|Arbeitgeberservice"""),
    "other": records("""
        Vorsitzender|Vorsitzende|Vorstand
        Geschäftsführer|Geschäftsführerin|Geschäftsstelle"""),
}
CHAIRS = items(
    "Fördertechnik, Werkstofftechnik, Produktionssysteme, Maschinenelemente, Regelungstechnik, "
    "Software Engineering, Logistik, Elektrische Antriebe, Kunststofftechnik, Umformtechnik, "
    "Fertigungstechnik, Energiesysteme, Wirtschaftsinformatik, Verfahrenstechnik, Robotik"
)
DATA_SOURCES = items(
    "Unternehmensbesuch, Visitenkarte (Messe), Website des Unternehmens, Veranstaltungsanmeldung, "
    "Empfehlung eines Netzwerkpartners, Handelsregister, Telefonat, Selbstauskunft per E-Mail"
)
ORG_SOURCES = items(
    "Unternehmensbesuch, Handelsregister, Kammer-Mitgliederverzeichnis, Messekontakt, "
    "Empfehlung, Gründungsberatung, Branchentreff"
)
ORG_TAGS = items(
    "Industrie 4.0, Wasserstoff, Ausbildungsbetrieb, Exporteur, Familienunternehmen, Start-up, "
    "Energieeffizienz, Kreislaufwirtschaft, Fachkräftebedarf, Unternehmensnachfolge"
)

# topic|wanted competence|wanted WZ|partner kind (academia, service_provider, craft_business,
# company)
NEEDS = records("""
Partner für Lasersintern von Kleinserien gesucht|Lasersintern|25.61.0|company
Automatisierung der Montagelinie|Montageautomation|28.29.0|company
Fachkräftegewinnung Zerspanungsmechaniker|Ausbildung, Personalgewinnung||academia
Energieeffizienz der Druckluftanlage|Energieberatung|71.12.2|service_provider
Einführung eines ERP-Systems|ERP-Einführung|62.01.9|service_provider
Förderberatung für einen ZIM-Antrag|Fördermittelberatung|70.22.0|service_provider
Werkstoffprüfung und Schadensanalyse|Werkstoffprüfung|71.20.0|service_provider
Hochschulkooperation für eine Abschlussarbeit|Abschlussarbeiten||academia
Forschungspartner für Leichtbau-Komponenten|Leichtbau, Werkstofftechnik|85.42.1|academia
KI-gestützte Qualitätsprüfung|Künstliche Intelligenz, Bildverarbeitung|72.19.0|academia
IT-Sicherheitscheck nach Cyberangriff|IT-Sicherheit|62.02.0|service_provider
Photovoltaik auf dem Hallendach|Photovoltaik|43.21.0|craft_business
Umstellung der Heizung auf Wärmepumpe|Wärmepumpen|43.22.0|craft_business
Instandhaltungspartner für Altmaschinen|Instandhaltung|33.12.0|craft_business
Lieferant für Blechbiegeteile|Blechbearbeitung|25.11.0|company
Zulieferer für Kunststoff-Spritzgussteile|Spritzguss|22.29.0|company
Wasserstoff-Readiness der Produktion|Wasserstoff, Sektorenkopplung|72.19.0|academia
Intralogistik neu planen|Intralogistik|28.22.0|academia
Unternehmensnachfolge regeln|Nachfolgeberatung|70.22.0|service_provider
Messeauftritt und Employer Branding|Messeauftritte|73.11.0|service_provider
""")
FUNDING = items(
    "ZIM (Zentrales Innovationsprogramm Mittelstand), Mittelstand Innovativ & Digital (MID), "
    "KMU-innovativ (BMBF), go-inno (BMWK), EFRE/JTF NRW 2021-2027, progres.nrw, "
    "Horizon Europe, BAFA Bundesförderung Energieeffizienz"
)
# name template|kind|place; {year} and {n} are filled in.
PROJECTS = records("""
Gemeinschaftsstand Hannover Messe {year}|joint_trade_fair|Hannover
Gemeinschaftsstand LogiMAT {year}|joint_trade_fair|Stuttgart
Gemeinschaftsstand automatica {year}|joint_trade_fair|München
Gemeinschaftsstand EMO {year}|joint_trade_fair|Hannover
Gemeinschaftsstand K-Messe {year}|joint_trade_fair|Düsseldorf
Gemeinschaftsstand E-world {year}|joint_trade_fair|Essen
{n}. Branchentreff Metall & Maschinenbau|sector_meeting|Dortmund
{n}. Branchentreff Kunststoff Ruhr|sector_meeting|Bochum
{n}. Netzwerktreffen Wasserstoff Ruhr|sector_meeting|Herne
{n}. Innovationsforum Oberflächentechnik|sector_meeting|Hagen
{n}. Unternehmerfrühstück Ennepe-Ruhr|sector_meeting|Schwelm
{n}. Logistik-Dialog Westfalen|sector_meeting|Dortmund
Unternehmerreise Kattowitz {year}|business_trip|Katowice
Delegationsreise Istanbul {year}|business_trip|Istanbul
Unternehmerreise Brainport Eindhoven {year}|business_trip|Eindhoven
Hochschultransfertag {year}|workshop|Bochum
Tag der Industrie Ruhr {year}|event|Dortmund
Digitalisierungswerkstatt Mittelstand {year}|network_project|Hagen
""")
TOPICS = items(
    "Förderprogramme, Fachkräftesicherung, Gewerbeflächen, Energiepreise, Digitalisierung, "
    "Unternehmensnachfolge, Ausbildung, Export, Wasserstoff, Hochschulkooperation, "
    "Standorterweiterung, Genehmigungsverfahren, Breitbandanschluss, Kreislaufwirtschaft"
)

# Weights of the generated network.
LEGAL_FORMS = {
    "company": weights(
        "GmbH=55, GmbH & Co. KG=18, AG=2, e.K.=5, KG=5, OHG=2, UG (haftungsbeschränkt)=4, SE=0.3"
    ),
    "craft_business": weights(
        "GmbH=35, e.K.=22, Einzelunternehmen=22, GmbH & Co. KG=8, GbR=5, UG (haftungsbeschränkt)=5, OHG=3"
    ),
    "service_provider": weights(
        "GmbH=50, PartG mbB=10, UG (haftungsbeschränkt)=8, e.K.=8, GbR=6, Einzelunternehmen=8, AG=2"
    ),
    "other": weights("e.V.=1"),
}
BANDS = {
    "company": weights("1-9=15, 10-49=40, 50-249=30, 250-499=10, 500+=5"),
    "craft_business": weights("1-9=55, 10-49=38, 50-249=7"),
    "service_provider": weights("1-9=45, 10-49=40, 50-249=12, 250-499=3"),
    "other": weights("1-9=1"),
}
CONTACTS_PER_BAND = weights("1-9=1, 10-49=2, 50-249=3, 250-499=4, 500+=6")
ACTIVITY_TARGETS = weights(  # how often each kind of organisation is the subject of an activity
    "company=5, craft_business=3, service_provider=2, academia=2, chamber_agency=1, other=1"
)
ACTIVITY_KINDS = weights(
    "company_visit=35, call=25, email=15, meeting=10, event=4, trade_fair=3, business_trip=2, "
    "sector_meeting=6"
)
STAGE_FINALS = weights(
    "proposed=10, introduced=15, first_meeting=15, cooperation_agreed=25, declined=20, "
    "no_response=15"
)
COOPERATION_KINDS = {  # by the partner's group
    "academia": weights("rd_project=40, contract_research=25, thesis=20, funding_application=15"),
    "service_provider": weights(
        "supplier_relation=40, contract_research=20, funding_application=20, other=20"
    ),
    "other": weights("supplier_relation=70, joint_trade_fair=10, other=20"),
}
# kind|title|value range in EUR|partner role
COOPERATION_TEXT = {
    r[0]: r[1:]
    for r in records("""
rd_project|FuE-Projekt|80000-600000|Forschungspartner
contract_research|Auftragsforschung|5000-150000|Auftragnehmer
thesis|Abschlussarbeit|0-3000|Betreuender Lehrstuhl
funding_application|Förderantrag|100000-450000|Projektpartner
supplier_relation|Lieferbeziehung|5000-800000|Lieferant
joint_trade_fair|Gemeinsamer Messeauftritt|2000-20000|Mitaussteller
other|Kooperation|1000-50000|Partner
""")
}
# kind|days|budget range in EUR|participant role|description
PROJECT_TEXT = {
    r[0]: r[1:]
    for r in records("""
joint_trade_fair|4|15000-120000|Mitaussteller|Gemeinschaftsstand des Netzwerks in {place} mit Mitausstellern aus der Region.
business_trip|5|8000-40000|Delegationsteilnehmer|Unternehmerreise nach {place}: Betriebsbesichtigungen, Matchmaking, Kontakte.
sector_meeting|0|500-5000|Teilnehmer|Branchentreff in {place}: Impulsvorträge, Betriebsbesichtigung, Austausch.
event|0|2000-20000|Teilnehmer|Veranstaltung in {place} für Unternehmen und Hochschulen der Region.
workshop|0|1000-8000|Teilnehmer|Transfertag in {place}: Lehrstühle und Institute zeigen Unternehmen, woran sie forschen.
network_project|540|50000-500000|Projektpartner|Netzwerkprojekt mit Workshops in {place} und in den Betrieben.
""")
}
STAGE_NOTES = {
    r[0]: r[1]
    for r in records("""
proposed|Partner dem Unternehmen vorgeschlagen
introduced|Kontakt per E-Mail hergestellt
first_meeting|Erstgespräch hat stattgefunden
cooperation_agreed|Kooperation vereinbart
declined|Absage nach Prüfung
no_response|Keine Rückmeldung trotz Nachfassen
""")
}
# kind|subject templates separated by ";" ({org}, {person}, {topic})
SUBJECTS = {
    r[0]: tuple(r[1].split(";"))
    for r in records("""
company_visit|Unternehmensbesuch {org};Betriebsbesichtigung bei {org};Folgebesuch {org}
call|Telefonat mit {person}: {topic};Rückruf {person} ({topic})
email|E-Mail an {person}: Unterlagen {topic};Informationen zu {topic} an {org}
meeting|Abstimmungstermin mit {org};Gespräch zu {topic} mit {person}
event|Infoveranstaltung {topic};Netzwerkabend {topic}
trade_fair|Messegespräch mit {org};Messebesuch: {topic}
business_trip|Unternehmerreise: {topic};Delegationsreise mit {org}
sector_meeting|Branchentreff {topic};Arbeitskreis {topic}
""")
}
SITUATIONS = items(
    "gut ausgelastet, stabil, angespannt wegen Energiepreisen, wachsend, "
    "schwierig durch Fachkräftemangel, im Umbruch (Nachfolge)"
)
NEXT_STEPS = items(
    "Partner vorschlagen, Förderprogramme zusenden, Folgetermin in drei Monaten, "
    "Einladung zum Branchentreff, Kontakt zur Hochschule herstellen"
)
