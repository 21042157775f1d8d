"""Import files as other programs write them (German Excel, Outlook, Google, phones)."""

from __future__ import annotations

CP1252_ROWS = (
    "Firma;Straße;PLZ;Ort;Telefon;Anrede;Vorname;Nachname;E-Mail;Notiz;Umsatz\r\n"
    "Müller Präzisionstechnik GmbH;Hauptstraße 12;44135;Dortmund;0231 123456;Herr;Jürgen;"
    'Müller;j.mueller@mueller-praezision.de;"Besuch am 12.03.\r\nRückruf erbeten";"1.234,50"\r\n'
    "Weiß & Söhne KG;Königsallee 3;44789;Bochum;0234 98765;Frau;Zoë;Ñúñez;"
    "z.nunez@weiss-soehne.de;;99,5\r\n"
)
CP1252_CSV = CP1252_ROWS.encode("cp1252")

UTF8_BOM_CSV = (
    "\ufeffFirma,PLZ,Ort,Vorname,Nachname,E-Mail\r\n"
    "Yıldız Metallbau GmbH,58095,Hagen,Şükrü,Yıldız,sukru@yildiz-metall.de\r\n"
    "Wiśniewski Elektro e.K.,44623,Herne,Łukasz,Wiśniewski,lukasz@wisniewski-elektro.de\r\n"
).encode("utf-8")

OUTLOOK_DE_CSV = (
    '"Anrede","Vorname","Weitere Vornamen","Nachname","Firma","Abteilung","Position",'
    '"Straße geschäftlich","Ort geschäftlich","Postleitzahl geschäftlich",'
    '"Telefon geschäftlich","Mobiltelefon","E-Mail-Adresse","Notizen"\r\n'
    '"Dr.","Anna","","Schröder","Ruhr Sensorik GmbH","Entwicklung","Leiterin F&E",'
    '"Universitätsstr. 142","Bochum","44799","+49 234 555100","0171 2345678",'
    '"a.schroeder@ruhr-sensorik.de","Kontakt über Messe"\r\n'
).encode("cp1252")

GOOGLE_CSV = (
    "Name,Given Name,Family Name,Organization 1 - Name,Organization 1 - Title,"
    "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value\r\n"
    "Zoë Ñúñez,Zoë,Ñúñez,Ñúñez Consulting,Geschäftsführerin,* Work,zoe@nunez-consulting.de,"
    "Work,+49 2302 91234\r\n"
).encode()

VCARD_21 = (
    b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
    b"N;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;Herr\r\n"
    b"FN;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller\r\n"
    b"ORG;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:"
    b"M=FCller Pr=E4zisionstechnik GmbH;Vertrieb\r\n"
    b"TEL;WORK;VOICE:0231 123456\r\nTEL;CELL;VOICE:0172 9876543\r\n"
    b"ADR;WORK;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:"
    b";;Hauptstra=DFe 12;Dortmund;;44135;Deutschland\r\n"
    b"EMAIL;PREF;INTERNET:j.mueller@mueller-praezision.de\r\n"
    b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:Erste Zeile=0D=0AZweite Zeile mit =C3=\r\n"
    b"=9Cberlauf\r\n"
    b"PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n /9j/4AAQSkZJRgABAQEASABIAAD\r\n\r\n"
    b"END:VCARD\r\n"
)

VCARD_30_AND_40 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Wiśniewski;Łukasz;;;\r\nFN:Łukasz Wiśniewski\r\n"
    "ORG:Wiśniewski Elektro e.K.\r\nTITLE:Inhaber\r\nTEL;TYPE=WORK,VOICE:02323 45678\r\n"
    "EMAIL;TYPE=INTERNET,WORK:lukasz@wisniewski-elektro.de\r\n"
    "NOTE:Lange Notiz\\, die über zwei\r\n  Zeilen gefaltet ist\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Yıldız;Şükrü;;;\r\nFN:Şükrü Yıldız\r\n"
    "ORG:Yıldız Metallbau GmbH\r\n"
    "item1.TEL:+49 2331 123456\r\nitem1.X-ABLabel:Mobil\r\n"
    "item2.EMAIL:sukru@yildiz-metall.de\r\nitem2.X-ABLabel:Arbeit\r\n"
    "ADR;TYPE=work:;;Eilper Str. 5;Hagen;;58091;Deutschland\r\n"
    "URL:https\\://www.yildiz-metall.de\r\nEND:VCARD\r\n"
).encode()
