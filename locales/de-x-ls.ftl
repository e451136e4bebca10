# Bildungskarte – texts in Leichte Sprache (easy-to-read German). Keys and placeholders must match de.ftl.

## Map
map-label = Karte mit { $n } { $count ->
    [one] Ort
   *[other] Orten
  }. In der Liste sind die gleichen Orte.
map-hint = Mit den Pfeil-Tasten verschieben Sie die Karte. Mit Plus und Minus machen Sie die Karte größer oder kleiner. Die Orte sind Knöpfe.
zoom-in = Größer machen
zoom-out = Kleiner machen
loading = Die Daten laden. Bitte warten …
places-count = { $n } { $count ->
    [one] Ort
   *[other] Orte
  }
skip-map = Karte überspringen
# The language menu: its name (in the widget's language, with "(Language)" after it where that is
# not English, so a visitor who does not read it still finds the menu) and what it says when a
# language's file does not arrive.
lang-label = Sprache (Language)
lang-failed = Die Sprache lädt gerade nicht. Bitte wählen Sie die Sprache später noch einmal.
consent-load = Hintergrund-Karte laden
consent-note = Möchten Sie die Hintergrund-Karte von { $provider } laden? Erst dann schickt Ihr Browser Daten an { $provider }.
privacy-link = Datenschutz-Erklärung
widget-label = { $title }

## Legend
legend = Arten von Orten

## Details
close = Schließen
close-notice = Hinweis schließen
sheet-full = Infos in voller Größe
field-category = Art von Ort
field-address = Adresse
field-phone = Telefon
field-email = E-Mail
field-website = Internet-Seite
new-tab = (öffnet eine neue Seite)
field-offers = Angebote
offer-link = (Erklärung bei BERUFENET. BERUFENET ist eine Internet-Seite von der Bundes-Agentur für Arbeit. Öffnet eine neue Seite.)
offer-with-year = { $offer }, Ausbildung ab { $year }
offer-link-note = Die Angebote sind Links. Die Links führen zu BERUFENET. Dort steht mehr über den Beruf. BERUFENET ist eine Internet-Seite von der Bundes-Agentur für Arbeit.
field-recognition = Abschluss aus dem Ausland
recognition-finder = Anerkennungs-Finder: Wer prüft meinen Abschluss?
field-audiences = Für wen
field-stages = Weg zum Beruf
field-opening-hours = Öffnungs-Zeiten
field-wheelchair = Roll-Stuhl
field-updated = Letzte Änderung
field-events = Termine
field-modes = Kontakt-Wege
mode-phone = Telefon
mode-video = Video
mode-online = Im Internet
mode-mobile = Mobil: kommt zu Ihnen, zum Beispiel in die Schule
mode-on_site = Vor Ort
without-place = Ohne festen Ort
without-place-hint = Diese Beratung gibt es am Telefon, per Video, im Internet oder mobil. Mobil heißt: Die Beratung kommt zu Ihnen. Diese Angebote haben keinen festen Ort. Deshalb fehlen sie auf der Karte. Sie erreichen diese Angebote von überall.
filter-mode = Kontakt-Weg
events-title = Termine
events-intro = Hier sehen Sie die nächsten Termine. Die Termine gehören zu den Orten auf der Karte und in der Liste.
events-kind = Art von Termin
events-kind-all = Alle Arten
events-month = Monat
events-month-all = Alle Monate
events-none = Bei diesen Orten gibt es gerade keine Termine.
events-none-chosen = In diesem Monat gibt es keine Termine von dieser Art.
event-ics = Termin in Ihrem Kalender speichern (.ics-Datei)
event-more = Mehr Infos
event-at = bei
event-kind-open_day = Tag der offenen Tür
event-kind-info_evening = Info-Abend
event-kind-internship_week = Praktikums-Woche
event-kind-fair = Messe
event-kind-course_start = Kurs-Beginn
event-kind-training_start = Ausbildungs-Beginn
event-kind-deadline = Letzter Tag für die Bewerbung
event-time = { $time } Uhr
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
field-source = Quelle
wheelchair-yes = mit Roll-Stuhl gut erreichbar
wheelchair-limited = mit Roll-Stuhl nur zum Teil erreichbar
wheelchair-no = mit Roll-Stuhl nicht erreichbar
audience-pupils = Schüler und Schülerinnen
audience-parents = Eltern
audience-adults = Erwachsene
audience-immigrants = Menschen aus anderen Ländern
audience-employers = Arbeit-Geber
audience-teachers = Lehrer und Lehrerinnen
stage-orientation = Berufs-Orientierung
stage-internship = Praktikum
stage-apprenticeship = Ausbildung
stage-further_education = Weiter-Bildung
stage-recognition = Anerkennung von Abschlüssen aus dem Ausland

## Search words: never shown. Searching for one of them (or the start of one) finds the places with
## that audience or stage, whatever language the page shows. Separated by spaces; add more freely.
search-audience-pupils = Schüler Schülerin Schülerinnen Jugendliche Schulkinder Schule Kinder junge Leute
search-audience-parents = Eltern Erziehungsberechtigte Familien Familie Mutter Vater Mama Papa
search-audience-adults = Erwachsene Erwachsener Berufstätige Quereinsteiger Quereinsteigerin neuer Beruf
search-audience-immigrants = Zugewanderte Zuwanderung Migranten Migrantinnen Migration Geflüchtete Flüchtlinge Ausland ausländisch andere Länder neu in Deutschland
search-audience-employers = Arbeitgeber Arbeitgeberinnen Arbeit-Geber Unternehmen Firmen Firma Betrieb Betriebe Chef Chefin
search-audience-teachers = Lehrkräfte Lehrer Lehrerin Lehrerinnen Pädagogen Pädagogin
search-stage-orientation = Berufsorientierung Berufs-Orientierung Berufswahl Berufsfindung Beruf finden Beruf wählen welcher Beruf
search-stage-internship = Praktikum Praktika Praktikumsplatz Praktikums-Platz Schülerpraktikum ausprobieren reinschnuppern
search-stage-apprenticeship = Ausbildung Berufsausbildung Ausbildungsplatz Ausbildungs-Platz Lehrstelle Lehre Azubi Auszubildende Beruf lernen
search-stage-further_education = Weiterbildung Weiter-Bildung Fortbildung Umschulung Um-Schulung Erwachsenenbildung Qualifizierung Kurs Kurse weiter lernen dazu lernen
search-stage-recognition = Anerkennung anerkennen ausländische Berufsabschlüsse Abschlüsse Abschluss Zeugnisse Zeugnis Anerkennungsberatung Ausland

## Notices
config-failed = Die Karte lädt nicht. Der Grund: { $reason }
config-foreign = „{ $path }“ ist auf einem anderen Server. Erlaubt ist nur dieser Server: { $origin }
bad-address = „{ $path }“ ist keine richtige Adresse.
file-problem = „{ $file }“: { $message }
file-missing = Orte aus der Datei „{ $file }“ fehlen. Der Grund: { $message }
retry = Noch einmal versuchen
part-loading = Bitte warten …
part-failed = Dieser Teil von der Karte ist nicht angekommen.
retrying = Die Karte versucht es noch einmal …
skipped = { $count ->
    [one] Die Karte lässt 1 Eintrag aus „{ $file }“ weg. Der Grund:
   *[other] Die Karte lässt { $n } Einträge aus „{ $file }“ weg. Die Gründe:
  }
# For visitors: one plain line per kind of trouble (editors see the details with ?notices=all).
trouble-map = Die Karte lädt gerade nicht.
trouble-map-broken = Die Karte funktioniert gerade nicht. Bitte versuchen Sie es später noch einmal.
trouble-unavailable = Einige Orte fehlen gerade auf der Karte ({ $files }).
trouble-unavailable-still = Einige Orte fehlen immer noch ({ $files }). Bitte versuchen Sie es später noch einmal.
trouble-broken = Einige Orte fehlen. Der Grund: Eine Datei hat Fehler ({ $files }). Bitte sagen Sie es dem Betreiber von dieser Internet-Seite.
link-place-missing = Den Ort aus dem Link gibt es nicht mehr auf der Karte.
trouble-incomplete = { $count ->
    [one] Bei 1 Eintrag fehlen Angaben. Die Karte zeigt diesen Eintrag deshalb nicht.
   *[other] Bei { $n } Einträgen fehlen Angaben. Die Karte zeigt diese Einträge deshalb nicht.
  }
trouble-base = Die Karte kann gerade keine Grenzen und Orts-Namen zeigen.
notices-more = { $count ->
    [one] Noch 1 Hinweis
   *[other] Noch { $n } Hinweise
  }
notices-fewer = Weniger Hinweise

## Problems in configuration and data (also for the editors' checker)
at-feature = Eintrag Nummer { $n }
at-feature-named = Eintrag Nummer { $n } („{ $place }“)
p-no-answer = Die Datei ist nicht rechtzeitig angekommen. Der Server hat { $secs } Sekunden lang nichts geschickt.
p-not-found = Der Server findet die Datei nicht (Fehler 404).
p-server-error = Der Server hat gerade ein Problem (Fehler { $code }).
p-http-error = Der Server gibt die Datei nicht heraus (Fehler { $code }).
p-connection = Die Verbindung zum Server ist abgebrochen.
p-invalid-layer = Die Karte kann die Karten-Ebene nicht lesen ({ $message }).
p-invalid-json = Das JSON hat einen Fehler in Zeile { $line }, Spalte { $column }: { $syntax ->
    [eof-object] Die Datei endet zu früh. Ein Objekt ist noch offen. Am Ende fehlt „{"}"}“. Ist die Datei abgeschnitten?
    [eof-list] Die Datei endet zu früh. Eine Liste ist noch offen. Am Ende fehlt „]“. Ist die Datei abgeschnitten?
    [eof-string] Die Datei endet mitten in einem Text. Am Ende von dem Text fehlt das Anführungs-Zeichen ".
    [eof-value] Die Datei endet zu früh. Hier muss noch ein Wert stehen. Ist die Datei leer oder abgeschnitten?
    [comma-or-brace] Hier fehlt ein Komma vor dem nächsten Eintrag. Oder hier fehlt die Klammer „{"}"}“ am Ende.
    [comma-or-bracket] Hier fehlt ein Komma vor dem nächsten Listen-Eintrag. Oder hier fehlt die Klammer „]“ am Ende.
    [colon] Nach dem Namen fehlt der Doppel-Punkt „:“.
    [value] Hier muss ein Wert stehen. Das kann sein: ein Text in "…", eine Zahl, true, false, null, ein Objekt {"{"}…{"}"} oder eine Liste […].
    [quote] Hier muss ein Text in doppelten Anführungs-Zeichen stehen: "…"
    [key] Hier muss ein Name in doppelten Anführungs-Zeichen stehen. Zum Beispiel: "name"
    [trailing-comma] Nach dem letzten Eintrag steht ein Komma zu viel.
    [html] Der Server hat eine Internet-Seite (HTML) geschickt. Der Server soll aber Daten schicken. Stimmt die Adresse von der Datei?
    [trailing-characters] Nach dem Ende von den Daten steht noch etwas.
    [control-character] In einem Text steht ein Zeilen-Umbruch oder ein Tabulator. Schreiben Sie dafür in "…" so: \n oder \t
    [escape] In einem Text steht ein Rück-Strich \. Danach muss ein gültiges Zeichen kommen. Einen Rück-Strich allein schreiben Sie so: \\
    [number] Die Zahl ist falsch. Schreiben Sie einen Punkt statt einem Komma. Schreiben Sie am Anfang keine 0, zum Beispiel 07. Die Zahl darf auch nicht zu groß sein.
    [too-deep] Die Daten haben zu viele Ebenen ineinander.
   *[other] Hier ist der Text kein gültiges JSON.
  }
p-not-feature-collection = { $kind ->
    [feature] Die Datei enthält nur ein einzelnes Feature. Die Karte braucht eine FeatureCollection. Das Feature muss in der Liste „features“ stehen: {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}
    [geometry] Die Datei enthält nur eine Geometrie („{ $found }“). Die Karte braucht eine FeatureCollection aus Features. Bei jedem Feature muss die „geometry“ ein „Point“ sein.
    [case] „type“ muss „FeatureCollection“ sein. In der Datei steht: „{ $found }“. Achten Sie auf große und kleine Buchstaben.
   *[other] Das ist keine GeoJSON-FeatureCollection. „type“ ist „{ $found }“. Richtig ist: „FeatureCollection“.
  }
p-root-not-object = Die Datei ist keine GeoJSON-FeatureCollection {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}. In der Datei steht: { $found }
p-no-feature-list = „features“ fehlt. Oder „features“ ist keine Liste.
p-found = { $found ->
    [null] null
    [bool] { $value }
    [number] Zahl { $value }
    [text] Text "{ $value }"
    [list] Liste […]
   *[object] Objekt {"{"}…{"}"}
  }
p-feature-not-object = Das ist kein GeoJSON-Feature. Die Karte braucht ein Objekt {"{"}"type": "Feature", …{"}"}. In der Datei steht: { $found }
p-missing-member = { $member ->
    [collection-type] „type“ fehlt. Richtig ist: „FeatureCollection“.
    [feature-type] „type“ fehlt. Richtig ist: „Feature“.
    [geometry-type] Bei der Geometrie fehlt „type“. Für einen Ort ist das: „Point“.
    [coordinates] Bei der Geometrie fehlt „coordinates“.
    [geometries] Bei der GeometryCollection fehlt „geometries“.
   *[other] „{ $key }“ fehlt.
  }
p-wrong-type-name = „type“ muss „{ $expected }“ sein. In der Datei steht: { $found }{ $hint ->
    [case] {" "}(Achten Sie auf große und kleine Buchstaben.)
   *[none] {""}
  }
p-unknown-geometry = Unbekannte Art von Geometrie: { $found }{ $suggestion ->
    [none] {" "}(Möglich sind: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection. Ein Ort auf der Karte ist ein „Point“.)
   *[other] {" "}– Meinen Sie „{ $suggestion }“? Achten Sie auf große und kleine Buchstaben.
  }
p-wrong-value = „{ $member }“ muss { $expected ->
    [object-or-null] ein Objekt {"{"}…{"}"} oder null
    [list] eine Liste […]
    [text-or-number] ein Text oder eine Zahl
    [numbers] eine Liste mit Zahlen
    [geometries] eine Liste mit Geometrie-Objekten {"{"}"type": …{"}"}
   *[object] ein Objekt {"{"}…{"}"}
  } sein. In der Datei steht: { $found }
p-coordinates-shape = „coordinates“ von { $geometry }: Hier muss { $depth ->
    [0] eine Position [Länge, Breite]
    [1] eine Liste mit Positionen [[Länge, Breite], …]
    [2] eine Liste mit Linien [[[Länge, Breite], …], …]
   *[other] eine Liste mit Polygonen [[[[Länge, Breite], …], …], …]
  } stehen. In der Datei steht: { $found }
p-coordinate-not-number = Eine Koordinate muss eine Zahl sein. In der Datei steht: { $found }
p-position-too-short = Eine Position braucht 2 Zahlen [Länge, Breite]. In der Datei steht: { $n ->
    [0] eine leere Liste
    [one] nur 1 Zahl
   *[other] { $n } Zahlen
  }
p-missing-geometry = Die Geometrie fehlt.
p-not-a-point = Die Geometrie ist kein Point. Sie ist: { $found }
p-out-of-range = Die Koordinaten [{ $lon }, { $lat }] sind zu groß oder zu klein. Erlaubt sind: Länge von −180 bis 180, Breite von −90 bis 90.
p-missing = Das Feld „{ $field }“ fehlt. Dieses Feld muss immer da sein.
p-empty = Das Feld „{ $field }“ ist leer. In diesem Feld muss immer etwas stehen.
p-wrong-type = In „{ $field }“ muss { $expected ->
    [text] ein Text
    [list] eine Liste mit Texten
    [year] ein Ausbildungs-Jahr wie 2027 oder „2027/28“
   *[other] { $expected }
  } stehen.
p-unknown-category = Die Kategorie „{ $value }“ ist unbekannt. Diese Kategorien gibt es: { $known }
p-duplicate-id = Die ID „{ $id }“ gibt es 2 Mal. Sie steht schon in { $file }.
p-invalid-website = „website“ ist keine Internet-Adresse mit http oder https: „{ $value }“. Die Karte macht daraus keinen Link.
p-invalid-email = „email“ ist keine E-Mail-Adresse: „{ $value }“
p-invalid-phone = „phone“ ist keine Telefon-Nummer: „{ $value }“
p-invalid-wheelchair = In „wheelchair“ muss yes, limited oder no stehen. In der Datei steht: „{ $value }“
p-invalid-date = „{ $field }“ ist kein Datum in der Form JJJJ-MM-TT: „{ $value }“. Richtig ist zum Beispiel: 2027-01-16
p-invalid-date-time = Die Karte kann die Zeit in „{ $field }“ nicht lesen: „{ $value }“. Erlaubt ist zum Beispiel: 2027-01-16. Oder 2027-01-16T18:00 in deutscher Zeit. Oder mit Zeit-Zone, zum Beispiel 2027-01-16T18:00:00+01:00.
p-end-before-start = Das Ende in „{ $field }“ liegt vor dem Beginn: { $end } ist früher als { $start }. Die Karte zeigt das Ende nicht.
p-invalid-config = Die Einstellungen (Konfiguration) haben einen Fehler: { $message }
p-invalid-template = „basemap.url“ ist keine gültige Vorlage für Karten-Kacheln: { $message }
p-invalid-color = Die Farbe „{ $value }“ von der Kategorie „{ $category }“ ist keine richtige Farbe. Richtig ist zum Beispiel: #1a6b3c
p-duplicate-category = Die Kategorie „{ $id }“ gibt es 2 Mal.
p-no-categories = „categories“ ist leer.
p-invalid-center = In „center“ muss [Länge, Breite] in WGS 84 stehen.
p-invalid-zoom = „zoom“ ist { $value }. Erlaubt sind Zahlen von 0 bis 22.

## Phone view, hints on the map, actions
search-region = Orte suchen
view-switch = Ansicht
view-map = Karte
view-list = Liste
loading-map = Die Karte lädt …
no-results-map = Zu Ihrer Suche und den Filtern passt kein Ort.
hint-wheel = Karte größer oder kleiner machen: Strg-Taste drücken und am Maus-Rad drehen
hint-wheel-apple = Karte größer oder kleiner machen: ⌘-Taste drücken und am Maus-Rad drehen
hint-two-fingers = Bewegen Sie die Karte mit 2 Fingern.
tiles-failed = Die Hintergrund-Karte lädt gerade nicht.
consent-title = Hintergrund-Karte
consent-skip = Weiter ohne Hintergrund-Karte
consent-again = Hintergrund-Karte wieder anbieten
basemap-toggle = Hintergrund-Karte
action-call = Anrufen
action-route = Weg
action-website = Internet-Seite
action-email = E-Mail

## Search, filters, list
search-label = Suche nach Name, Beruf, Angebot oder Ort
search-label-short = Suche
search-placeholder = zum Beispiel Einzelhandel, Buchholz …
places-found = { $n } { $count ->
    [one] Ort
   *[other] Orte
  } gefunden
quick-title = Schnell-Start
quick-pupils = Ich bin Schüler oder Schülerin
quick-pupils-hint = Für Schüler und Schülerinnen: Berufs-Orientierung, Praktikum und Ausbildungs-Plätze. Berufs-Orientierung: Sie finden heraus: Welcher Beruf passt zu mir? Praktikum: Sie arbeiten eine kurze Zeit in einem Betrieb. So lernen Sie einen Beruf kennen. Ausbildung: Da lernen Sie einen Beruf.
quick-parents = Eltern
quick-parents-hint = Für Eltern: Beratung und Infos. So helfen Sie Ihrem Kind auf dem Weg in einen Beruf.
quick-adults = Erwachsene und Weiter-Bildung
quick-adults-hint = Für Erwachsene: Weiter-Bildung, Um-Schulung und Beratung. Weiter-Bildung: Sie lernen mehr für Ihren Beruf. Um-Schulung: Sie lernen einen neuen Beruf.
quick-newcomers = Neu in Deutschland
quick-newcomers-hint = Beratung für Menschen aus anderen Ländern. Auch zur Anerkennung von Abschlüssen aus dem Ausland. Anerkennung: Eine Stelle in Deutschland prüft Ihren Abschluss. Danach wissen Sie: Zu welchem deutschen Abschluss passt Ihr Abschluss?
filters = Filter
filter-town = Stadt oder Gemeinde
filter-town-all = Alle Städte und Gemeinden
filter-offer = Beruf oder Angebot
filter-offer-hint = Schreiben Sie ein Wort. Dann sehen Sie Vorschläge. Ein Teil von dem Wort reicht. Auch andere Formen von einem Beruf passen. Zum Beispiel: „Tischlerin“ oder „Kauffrau“.
filter-audience = Für wen
filter-stage = Weg zum Beruf
filter-clear = { $name }: Auswahl löschen
filter-reset = Alle Filter löschen
results = Ergebnis-Liste
sort-by = Ordnen nach
sort-name = Name
sort-distance = Entfernung
list-in-view = Nur Orte, die die Karte gerade zeigt
show-more = Noch { $n } zeigen
no-results = Kein Ort passt. Ändern Sie die Suche. Oder löschen Sie die Filter.
distance = { $km } Kilometer entfernt
near-me = In meiner Nähe
open-now-filter = Nur Orte, die jetzt offen sind
open-now-hint = Die Karte prüft dafür die Öffnungs-Zeiten. Sie beachtet die Uhrzeit in Deutschland und die Feier-Tage in Niedersachsen. Bei manchen Orten fehlen die Öffnungs-Zeiten. Diese Orte zeigt die Karte dann nicht.
hours-now = Jetzt
hours-open = offen bis { $time } Uhr
hours-open-always = immer offen, Tag und Nacht
hours-closed = geschlossen
hours-ph = Feier-Tag
hours-opens-today = geschlossen, heute ab { $time } Uhr offen
hours-opens-tomorrow = geschlossen, morgen ab { $time } Uhr offen
hours-opens-day = geschlossen, { $day } ab { $time } Uhr offen
hours-opens-date = geschlossen, am { $date } ab { $time } Uhr offen
hours-unknown = Öffnungs-Zeiten: keine Infos
hours-holiday = Heute ist ein Feier-Tag: { $name }.
weekday-0 = Montag
weekday-1 = Dienstag
weekday-2 = Mittwoch
weekday-3 = Donnerstag
weekday-4 = Freitag
weekday-5 = Samstag
weekday-6 = Sonntag
near-place = Post-Leitzahl oder Ort
near-place-hint = Zum Beispiel 21244 oder Buchholz. Was Sie hier schreiben, bleibt in Ihrem Browser.
near-radius = Wie weit weg?
near-radius-any = ganzer Landkreis
near-radius-km = { $km } Kilometer
near-clear = Ort löschen
near-unknown = Die Karte kennt „{ $text }“ nicht. Bitte wählen Sie aus der Liste eine Post-Leitzahl oder einen Ort aus dem Landkreis.
near-summary = { $n } { $count ->
    [one] Ort
   *[other] Orte
  } bis { $km } Kilometer von { $place } entfernt.
near-from = Entfernung ab { $place }.
near-plus-remote = Dazu kommen noch { $n } Angebote ohne festen Ort.
near-still = Es gilt weiter: { $place }.
near-me-busy = Die Karte sucht Ihren Standort …
# $reason: refused (the visitor or the browser did not allow it), timeout, or anything else.
near-me-denied = Die Karte kennt Ihren Standort nicht ({ $reason ->
        [refused] nicht erlaubt
        [timeout] hat zu lange gedauert
       *[other] der Browser findet ihn nicht
    }). Die Karte funktioniert auch ohne Standort.
near-me-ok = Die Liste ist jetzt nach Entfernung geordnet. Ihr Standort bleibt in Ihrem Browser.
my-position = Ihr Standort
directions = Weg-Beschreibung
directions-hvv = Mit Bus und Bahn (Fahr-Plan vom Hamburger Verkehrs-Verbund HVV)
directions-osm = Weg auf der Karte OpenStreetMap
copy-link = Link kopieren
link-copied = Link ist kopiert.
cluster-label = { $n } { $count ->
    [one] Ort
   *[other] Orte
  }
cluster-list = Orte an dieser Stelle

## Saved list, comparison, print view
mark = Merken
marks-full = Die Merk-Liste ist voll. Es passen nur { $max } Orte darauf. Nehmen Sie zuerst einen Ort von der Liste.
marks-title = Merk-Liste
mark-remove = { $name } von der Merk-Liste löschen
mark-remove-short = Löschen
mark-compare = Vergleichen
marks-missing = { $count ->
    [one] 1 Ort von Ihrer Merk-Liste fehlt jetzt in den Daten.
   *[other] { $count } Orte von Ihrer Merk-Liste fehlen jetzt in den Daten.
}
marks-empty = Ihre Merk-Liste ist noch leer. So kommt ein Ort auf die Liste: Öffnen Sie die Infos zu dem Ort. Drücken Sie dort auf „Merken“. Wichtig: Die Liste steht nur in der Adresse von der Seite. Sie schicken den Link an andere Menschen? Dann sehen diese Menschen Ihre Liste auch. Die Karte speichert nichts.
marks-compare-hint = Sie können bis zu { $max } Orte vergleichen. Drücken Sie dafür auf „Vergleichen“. Dann sehen Sie die Orte neben-einander.
compare-full = Sie können höchstens { $max } Orte vergleichen. Nehmen Sie zuerst einen Ort heraus.
marks-print = Merk-Liste drucken
field-distance = Entfernung
compare-next-date = Nächster Termin
compare-title = { $count } Orte im Vergleich
list-print = Liste drucken
sheet-marks = Merk-Liste
sheet-list = Liste mit Orten
sheet-first = die ersten { $shown } von { $total } Orten
sheet-count = { $count ->
    [one] 1 Ort
   *[other] { $count } Orte
}
sheet-date = Datum: { $date }
sheet-print = Drucken
sheet-close = Zurück zur Karte
sheet-map = Karte mit den Orten. Die Nummern sind die gleichen wie in der Liste.
