# Bildungskarte – deutsche Texte (Standard). Schlüssel und Platzhalter müssen in en.ftl genauso stehen.

## Karte
map-label = Karte mit { $n } { $count ->
    [one] Ort
   *[other] Orten
  }; die Liste enthält dieselben Orte
map-hint = Mit den Pfeiltasten verschieben, mit Plus und Minus zoomen. Die Orte sind Schaltflächen.
zoom-in = Vergrößern
zoom-out = Verkleinern
loading = Daten werden geladen …
places-count = { $n } { $count ->
    [one] Ort
   *[other] Orte
  }
skip-map = Karte überspringen
# The language menu: its name (in the widget's language, with "(Language)" after it where that is
# not English, so a visitor who does not read it still finds the menu) and what it says when a
# language's file does not arrive.
lang-label = Sprache (Language)
lang-failed = Die Sprache konnte nicht geladen werden. Bitte später erneut wählen.
consent-load = Hintergrundkarte laden
consent-note = Hintergrundkarte von { $provider } laden? Erst dann werden Daten dorthin übertragen.
privacy-link = Datenschutzerklärung
widget-label = { $title }

## Legende
legend = Kategorien

## Details
close = Schließen
close-notice = Hinweis schließen
sheet-full = Details in voller Höhe
field-category = Kategorie
field-address = Adresse
field-phone = Telefon
field-email = E-Mail
field-website = Webseite
new-tab = (öffnet in neuem Tab)
field-offers = Angebote
offer-link = (Beschreibung bei BERUFENET der Bundesagentur für Arbeit, öffnet in neuem Tab)
offer-with-year = { $offer }, Ausbildungsbeginn { $year }
offer-link-note = Die Angebote führen zu ihrer Beschreibung bei BERUFENET (Bundesagentur für Arbeit).
field-recognition = Ausländischer Abschluss
recognition-finder = Anerkennungs-Finder: Wer prüft meinen Abschluss?
field-audiences = Zielgruppen
field-stages = Bildungskette
field-opening-hours = Öffnungszeiten
field-wheelchair = Rollstuhl
field-updated = Stand
field-events = Termine
field-modes = Kontaktwege
mode-phone = Telefon
mode-video = Video
mode-online = Online
mode-mobile = Mobil (kommt vor Ort, z. B. in Schulen)
mode-on_site = Vor Ort
without-place = Ohne festen Ort
without-place-hint = Beratung per Telefon, Video oder online und mobile Sprechstunden: nicht auf der Karte, von überall erreichbar.
filter-mode = Kontaktweg
events-title = Termine
events-intro = Kommende Termine der Orte, die Karte und Liste gerade zeigen.
events-kind = Art des Termins
events-kind-all = Alle Arten
events-month = Monat
events-month-all = Alle Monate
events-none = Keine kommenden Termine bei den gezeigten Orten.
events-none-chosen = Keine Termine dieser Art im gewählten Monat.
event-ics = Termin in den Kalender übernehmen (.ics-Datei)
event-more = Mehr dazu
event-at = bei
event-kind-open_day = Tag der offenen Tür
event-kind-info_evening = Infoabend
event-kind-internship_week = Praktikumswoche
event-kind-fair = Messe
event-kind-course_start = Kursbeginn
event-kind-training_start = Ausbildungsbeginn
event-kind-deadline = Bewerbungsschluss
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
wheelchair-yes = rollstuhlgerecht
wheelchair-limited = eingeschränkt rollstuhlgerecht
wheelchair-no = nicht rollstuhlgerecht
audience-pupils = Schüler:innen
audience-parents = Eltern
audience-adults = Erwachsene
audience-immigrants = Zugewanderte
audience-employers = Arbeitgeber
audience-teachers = Lehrkräfte
stage-orientation = Berufsorientierung
stage-internship = Praktikum
stage-apprenticeship = Ausbildung
stage-further_education = Weiterbildung
stage-recognition = Anerkennung ausländischer Abschlüsse

## Suchwörter: nie angezeigt. Wer eines davon (oder einen Wortanfang) sucht, findet die Orte mit
## dieser Zielgruppe oder Stufe – auf jeder Sprache der Seite. Durch Leerzeichen getrennt; gern ergänzen.
search-audience-pupils = Schüler Schülerinnen Jugendliche Schulkinder
search-audience-parents = Eltern Erziehungsberechtigte Familien
search-audience-adults = Erwachsene Berufstätige Quereinsteiger
search-audience-immigrants = Zugewanderte Zuwanderung Migranten Migrantinnen Migration Geflüchtete Flüchtlinge
search-audience-employers = Arbeitgeber Arbeitgeberinnen Unternehmen Firmen
search-audience-teachers = Lehrkräfte Lehrer Lehrerinnen Pädagogen
search-stage-orientation = Berufsorientierung Berufswahl Berufsfindung
search-stage-internship = Praktikum Praktika Praktikumsplatz Schülerpraktikum
search-stage-apprenticeship = Ausbildung Berufsausbildung Ausbildungsplatz Lehrstelle Azubi Auszubildende
search-stage-further_education = Weiterbildung Fortbildung Umschulung Erwachsenenbildung Qualifizierung
search-stage-recognition = Anerkennung ausländische Berufsabschlüsse Abschlüsse Zeugnisse Anerkennungsberatung

## Hinweise
config-failed = Die Karte konnte nicht geladen werden: { $reason }
config-foreign = „{ $path }“ liegt nicht auf diesem Server ({ $origin })
bad-address = „{ $path }“ ist keine gültige Adresse
file-problem = „{ $file }“: { $message }
file-missing = Orte aus „{ $file }“ fehlen: { $message }
retry = Erneut versuchen
part-loading = Wird geladen …
part-failed = Dieser Teil der Karte ist nicht angekommen.
retrying = Wird erneut geladen …
skipped = { $count ->
    [one] In „{ $file }“ wurde 1 Eintrag übersprungen:
   *[other] In „{ $file }“ wurden { $n } Einträge übersprungen:
  }
# For visitors: one plain line per kind of trouble (editors see the details with ?notices=all).
trouble-map = Die Karte kann gerade nicht geladen werden.
trouble-map-broken = Die Karte kann zurzeit nicht angezeigt werden. Bitte versuchen Sie es später noch einmal.
trouble-unavailable = Einige Orte können gerade nicht angezeigt werden ({ $files }).
trouble-unavailable-still = Einige Orte können weiterhin nicht angezeigt werden ({ $files }). Bitte versuchen Sie es später noch einmal.
trouble-broken = Einige Orte fehlen, weil eine Datei fehlerhaft ist ({ $files }). Bitte sagen Sie dem Betreiber dieser Seite Bescheid.
link-place-missing = Den Ort aus dem Link gibt es auf dieser Karte nicht (mehr).
trouble-incomplete = { $count ->
    [one] 1 Eintrag ist unvollständig und wird nicht gezeigt.
   *[other] { $n } Einträge sind unvollständig und werden nicht gezeigt.
  }
trouble-base = Grenzen und Ortsnamen der Karte können gerade nicht gezeigt werden.
notices-more = { $count ->
    [one] 1 weiterer Hinweis
   *[other] { $n } weitere Hinweise
  }
notices-fewer = Weniger Hinweise

## Probleme in Konfiguration und Daten (auch für das Prüfprogramm der Redaktion)
at-feature = Eintrag { $n }
at-feature-named = Eintrag { $n } („{ $place }“)
p-no-answer = Datei kam nicht rechtzeitig an (der Server hat { $secs } Sekunden lang nichts gesendet)
p-not-found = Datei nicht gefunden (Fehler 404)
p-server-error = der Server hat gerade ein Problem (Fehler { $code })
p-http-error = der Server gibt die Datei nicht heraus (Fehler { $code })
p-connection = die Verbindung zum Server ist abgebrochen
p-invalid-layer = Kartenebene nicht lesbar ({ $message })
p-invalid-json = kein gültiges JSON in Zeile { $line }, Spalte { $column }: { $syntax ->
    [eof-object] die Datei endet, bevor ein Objekt mit „{"}"}“ geschlossen ist (abgeschnitten?)
    [eof-list] die Datei endet, bevor eine Liste mit „]“ geschlossen ist (abgeschnitten?)
    [eof-string] die Datei endet mitten in einem Text: das schließende Anführungszeichen " fehlt
    [eof-value] die Datei endet, wo noch ein Wert stehen muss (ist sie leer oder abgeschnitten?)
    [comma-or-brace] hier fehlt ein Komma vor dem nächsten Eintrag oder die schließende Klammer „{"}"}“
    [comma-or-bracket] hier fehlt ein Komma vor dem nächsten Listeneintrag oder die schließende Klammer „]“
    [colon] nach dem Namen fehlt der Doppelpunkt „:“
    [value] hier wird ein Wert erwartet: ein Text in "…", eine Zahl, true, false, null, ein Objekt {"{"}…{"}"} oder eine Liste […]
    [quote] hier wird ein Text in doppelten Anführungszeichen "…" erwartet
    [key] hier wird ein Name in doppelten Anführungszeichen erwartet, z. B. "name"
    [trailing-comma] nach dem letzten Eintrag steht ein Komma zu viel
    [html] der Server hat eine Webseite (HTML) statt Daten geschickt: stimmt die Adresse der Datei?
    [trailing-characters] nach dem Ende der Daten steht noch etwas
    [control-character] in einem Text steht ein Zeilenumbruch oder Tabulator; innerhalb von "…" als \n bzw. \t schreiben
    [escape] ein Rückstrich \ in einem Text leitet kein gültiges Zeichen ein (einen Rückstrich selbst als \\ schreiben)
    [number] ungültige Zahl (Dezimalpunkt statt Komma, keine führende Null wie 07, nicht zu groß)
    [too-deep] die Daten sind zu tief verschachtelt
   *[other] der Text ist an dieser Stelle kein gültiges JSON
  }
p-not-feature-collection = { $kind ->
    [feature] die Datei enthält ein einzelnes Feature; erwartet wird eine FeatureCollection, die es in ihrer Liste „features“ führt: {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}
    [geometry] die Datei enthält nur eine Geometrie („{ $found }“); erwartet wird eine FeatureCollection aus Features, deren „geometry“ ein „Point“ ist
    [case] „type“ muss „FeatureCollection“ sein, gefunden: „{ $found }“ (auf Groß- und Kleinschreibung achten)
   *[other] keine GeoJSON-FeatureCollection: „type“ ist „{ $found }“, erwartet wird „FeatureCollection“
  }
p-root-not-object = die Datei ist keine GeoJSON-FeatureCollection {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}, sondern { $found }
p-no-feature-list = „features“ fehlt oder ist keine Liste
p-found = { $found ->
    [null] null
    [bool] { $value }
    [number] Zahl { $value }
    [text] Text "{ $value }"
    [list] Liste […]
   *[object] Objekt {"{"}…{"}"}
  }
p-feature-not-object = kein GeoJSON-Feature: erwartet wird ein Objekt {"{"}"type": "Feature", …{"}"}, gefunden: { $found }
p-missing-member = { $member ->
    [collection-type] „type“ fehlt (erwartet: „FeatureCollection“)
    [feature-type] „type“ fehlt (erwartet: „Feature“)
    [geometry-type] „type“ der Geometrie fehlt (für einen Ort: „Point“)
    [coordinates] „coordinates“ der Geometrie fehlt
    [geometries] „geometries“ der GeometryCollection fehlt
   *[other] „{ $key }“ fehlt
  }
p-wrong-type-name = „type“ muss „{ $expected }“ sein, gefunden: { $found }{ $hint ->
    [case] {" "}(auf Groß- und Kleinschreibung achten)
   *[none] {""}
  }
p-unknown-geometry = unbekannter Geometrietyp: { $found }{ $suggestion ->
    [none] {" "}(möglich: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection; ein Ort auf der Karte ist ein „Point“)
   *[other] {" "}– gemeint ist wohl „{ $suggestion }“ (auf Groß- und Kleinschreibung achten)
  }
p-wrong-value = „{ $member }“ muss { $expected ->
    [object-or-null] ein Objekt {"{"}…{"}"} oder null
    [list] eine Liste […]
    [text-or-number] ein Text oder eine Zahl
    [numbers] eine Liste von Zahlen
    [geometries] eine Liste von Geometrie-Objekten {"{"}"type": …{"}"}
   *[object] ein Objekt {"{"}…{"}"}
  } sein, gefunden: { $found }
p-coordinates-shape = „coordinates“ von { $geometry }: hier wird { $depth ->
    [0] eine Position [Länge, Breite]
    [1] eine Liste von Positionen [[Länge, Breite], …]
    [2] eine Liste von Linien [[[Länge, Breite], …], …]
   *[other] eine Liste von Polygonen [[[[Länge, Breite], …], …], …]
  } erwartet, gefunden: { $found }
p-coordinate-not-number = Koordinate muss eine Zahl sein, gefunden: { $found }
p-position-too-short = eine Position braucht zwei Zahlen [Länge, Breite], gefunden: { $n ->
    [0] eine leere Liste
    [one] nur eine Zahl
   *[other] { $n } Zahlen
  }
p-missing-geometry = Geometrie fehlt
p-not-a-point = Geometrie ist kein Point, sondern { $found }
p-out-of-range = Koordinaten [{ $lon }, { $lat }] außerhalb des gültigen Bereichs (Länge −180 bis 180, Breite −90 bis 90)
p-missing = Pflichtfeld „{ $field }“ fehlt
p-empty = Pflichtfeld „{ $field }“ ist leer
p-wrong-type = „{ $field }“ muss { $expected ->
    [text] ein Text
    [list] eine Liste von Texten
    [year] ein Ausbildungsjahr wie 2027 oder „2027/28“
   *[other] { $expected }
  } sein
p-unknown-category = Kategorie „{ $value }“ ist unbekannt (bekannt: { $known })
p-duplicate-id = ID „{ $id }“ ist doppelt (schon in { $file })
p-invalid-website = „website“ ist keine http(s)-Adresse und wird nicht verlinkt: „{ $value }“
p-invalid-email = „email“ ist keine E-Mail-Adresse: „{ $value }“
p-invalid-phone = „phone“ ist keine Telefonnummer: „{ $value }“
p-invalid-wheelchair = „wheelchair“ muss yes, limited oder no sein, nicht „{ $value }“
p-invalid-date = „{ $field }“ ist kein Datum im Format JJJJ-MM-TT: „{ $value }“
p-invalid-date-time = „{ $field }“ ist kein lesbarer Zeitpunkt: „{ $value }“ (erlaubt: 2027-01-16, 2027-01-16T18:00 in deutscher Zeit oder mit Zeitzone wie 2027-01-16T18:00:00+01:00)
p-end-before-start = „{ $field }“ liegt vor dem Beginn: { $end } ist früher als { $start }. Die Karte lässt das Ende weg.
p-invalid-config = Konfiguration ungültig: { $message }
p-invalid-template = „basemap.url“ ist keine gültige Kachel-Vorlage: { $message }
p-invalid-color = Farbe „{ $value }“ der Kategorie „{ $category }“ ist keine Farbe wie #1a6b3c
p-duplicate-category = Kategorie „{ $id }“ ist doppelt
p-no-categories = „categories“ ist leer
p-invalid-center = „center“ muss [Länge, Breite] in WGS 84 sein
p-invalid-zoom = „zoom“ { $value } liegt nicht zwischen 0 und 22

## Ansicht auf dem Telefon, Hinweise auf der Karte, Aktionen
search-region = Orte suchen
view-switch = Ansicht
view-map = Karte
view-list = Liste
loading-map = Karte wird geladen …
no-results-map = Keine Orte passen zu Suche und Filtern.
hint-wheel = Zum Zoomen Strg + Mausrad verwenden
hint-wheel-apple = Zum Zoomen ⌘ + Mausrad verwenden
hint-two-fingers = Karte mit zwei Fingern bewegen
tiles-failed = Hintergrundkarte nicht erreichbar
consent-title = Hintergrundkarte
consent-skip = Ohne Hintergrundkarte weiter
consent-again = Hintergrundkarte anbieten
basemap-toggle = Hintergrundkarte
action-call = Anrufen
action-route = Route
action-website = Webseite
action-email = E-Mail

## Suche, Filter, Liste
search-label = Suche nach Name, Beruf, Angebot oder Ort
search-label-short = Suche
search-placeholder = z. B. Einzelhandel, Buchholz …
places-found = { $n } { $count ->
    [one] Ort
   *[other] Orte
  } gefunden
quick-title = Schnelleinstieg
quick-pupils = Ich bin Schüler:in
quick-pupils-hint = Berufsorientierung, Praktika und Ausbildungsplätze für Schülerinnen und Schüler.
quick-parents = Eltern
quick-parents-hint = Beratung und Orientierung, mit der Eltern ihre Kinder auf dem Weg in den Beruf begleiten.
quick-adults = Erwachsene / Weiterbildung
quick-adults-hint = Weiterbildung, Umschulung und Beratung für Erwachsene.
quick-newcomers = Neu in Deutschland
quick-newcomers-hint = Beratung für Zugewanderte, auch zur Anerkennung ausländischer Abschlüsse.
filters = Filter
filter-town = Stadt oder Gemeinde
filter-town-all = Alle Städte und Gemeinden
filter-offer = Beruf oder Angebot
filter-offer-hint = Vorschläge erscheinen beim Tippen; auch ein Teil oder eine andere Form eines Berufs findet ihn („Tischlerin“, „Kauffrau“).
filter-audience = Zielgruppe
filter-stage = Bildungskette
filter-clear = { $name } zurücksetzen
filter-reset = Alle Filter zurücksetzen
results = Ergebnisliste
sort-by = Sortieren nach
sort-name = Name
sort-distance = Entfernung
list-in-view = Nur Orte im Kartenausschnitt
show-more = Weitere { $n } anzeigen
no-results = Keine Orte gefunden. Ändern Sie die Suche oder setzen Sie die Filter zurück.
distance = { $km } km entfernt
near-me = In meiner Nähe
open-now-filter = Nur jetzt geöffnete Orte
open-now-hint = Nach den Öffnungszeiten, in deutscher Zeit, mit den Feiertagen in Niedersachsen. Orte ohne Öffnungszeiten fallen dann weg.
hours-now = Jetzt
hours-open = geöffnet, bis { $time } Uhr
hours-open-always = rund um die Uhr geöffnet
hours-closed = geschlossen
hours-ph = Feiertag
hours-opens-today = geschlossen, öffnet heute um { $time } Uhr
hours-opens-tomorrow = geschlossen, öffnet morgen um { $time } Uhr
hours-opens-day = geschlossen, öffnet { $day } { $time } Uhr
hours-opens-date = geschlossen, öffnet am { $date } um { $time } Uhr
hours-unknown = Öffnungszeiten unbekannt
hours-holiday = Heute ist { $name }.
weekday-0 = Mo
weekday-1 = Di
weekday-2 = Mi
weekday-3 = Do
weekday-4 = Fr
weekday-5 = Sa
weekday-6 = So
near-place = PLZ oder Ort
near-place-hint = Zum Beispiel 21244 oder Buchholz. Die Eingabe bleibt in Ihrem Browser.
near-radius = Umkreis
near-radius-any = ganzer Landkreis
near-radius-km = { $km } km
near-clear = Ort entfernen
near-unknown = „{ $text }“ kennt die Karte nicht. Bitte eine Postleitzahl oder einen Ort aus dem Landkreis aus der Liste wählen.
near-summary = { $n } { $count ->
    [one] Ort
   *[other] Orte
  } im Umkreis von { $km } km um { $place }.
near-from = Entfernungen ab { $place }.
near-plus-remote = Dazu { $n } ohne festen Ort.
near-still = Es gilt weiter: { $place }.
near-me-busy = Standort wird ermittelt …
# $reason: refused (the visitor or the browser did not allow it), timeout, or anything else.
near-me-denied = Ihr Standort ist nicht verfügbar ({ $reason ->
        [refused] nicht freigegeben
        [timeout] Zeitüberschreitung
       *[other] der Browser kann ihn nicht bestimmen
    }). Die Karte funktioniert auch ohne.
near-me-ok = Liste nach Entfernung sortiert. Ihr Standort bleibt in Ihrem Browser.
my-position = Ihr Standort
directions = Wegbeschreibung
directions-hvv = Mit Bus und Bahn (HVV-Fahrplanauskunft)
directions-osm = Route auf OpenStreetMap
copy-link = Link kopieren
link-copied = Link kopiert
cluster-label = { $n } { $count ->
    [one] Ort
   *[other] Orte
  }
cluster-list = Orte an dieser Stelle

## Merkliste, Vergleich, Druckansicht
mark = Merken
marks-full = Die Merkliste ist voll ({ $max } Orte). Entfernen Sie zuerst einen Ort.
marks-title = Merkliste
mark-remove = { $name } von der Merkliste entfernen
mark-remove-short = Entfernen
mark-compare = Vergleichen
marks-missing = { $count ->
    [one] 1 gemerkter Ort ist in den Daten nicht (mehr) enthalten.
   *[other] { $count } gemerkte Orte sind in den Daten nicht (mehr) enthalten.
}
marks-empty = Noch keine Orte gemerkt. In den Details eines Ortes können Sie ihn mit „Merken“ auf diese Liste setzen. Die Liste steht nur in der Adresse der Seite: Wer den Link bekommt, sieht sie auch; gespeichert wird nichts.
marks-compare-hint = Bis zu { $max } Orte mit „Vergleichen“ nebeneinanderstellen.
compare-full = Es lassen sich höchstens { $max } Orte vergleichen. Nehmen Sie zuerst einen heraus.
marks-print = Merkliste drucken
field-distance = Entfernung
compare-next-date = Nächster Termin
compare-title = Vergleich von { $count } Orten
list-print = Liste drucken
sheet-marks = Merkliste
sheet-list = Liste der Orte
sheet-first = die ersten { $shown } von { $total } Orten
sheet-count = { $count ->
    [one] 1 Ort
   *[other] { $count } Orte
}
sheet-date = Stand: { $date }
sheet-print = Drucken
sheet-close = Zurück zur Karte
sheet-map = Karte der Orte, mit denselben Nummern wie in der Liste
