# The editors' check page (pruefen.html). The checker's own messages are in de.ftl (c-…, p-…).
ck-title = Dateien prüfen, ohne etwas zu installieren
ck-other-lang = English
ck-intro = Wählen Sie Ihre Dateien aus oder ziehen Sie sie in das Feld: die Konfiguration (config.json), beliebig viele GeoJSON-Dateien und Tabellen (CSV, Excel .xlsx, LibreOffice .ods). Jedes Problem steht unten mit Datei, Zeile und Spalte.
ck-private = Die Prüfung läuft hier in Ihrem Browser: Ihre Dateien werden nicht hochgeladen und verlassen Ihren Computer nicht.
ck-pick = Dateien auswählen
ck-pick-hint = oder hierher ziehen – config.json, .geojson, .csv, .xlsx, .ods; mehrere auf einmal
ck-reading = Dateien werden gelesen …
ck-checking = Prüfe Datei { $n } von { $of }: { $file } …
ck-clean = Keine Probleme in { $files ->
    [one] der Datei
   *[other] { $files } Dateien
  }.
ck-summary = { $errors ->
    [one] 1 Fehler
   *[other] { $errors } Fehler
  }, { $warnings ->
    [one] 1 Warnung
   *[other] { $warnings } Warnungen
  } in { $files ->
    [one] 1 Datei
   *[other] { $files } Dateien
  }.
ck-problems = Probleme
ck-error = Fehler
ck-warning = Warnung
ck-where = { $file }, Zeile { $line }, Spalte { $column }
ck-show = Auf der Karte zeigen
ck-shown = Auf der Vorschaukarte gezeigt: { $place }
ck-not-shown = Zu { $place } gibt es keinen Ort auf der Karte.
ck-downloads = Herunterladen
ck-downloads-hint = Die Dateien entstehen hier im Browser. Die reparierte Fassung enthält nur sichere Reparaturen (vertauschte Koordinaten, Leerzeichen, Telefonnummern), wie „bildungskarte-data check --fix“.
ck-encoding = Zeichensatz für Tabellen (CSV)
ck-utf8 = UTF-8 (Excel ab 2016, LibreOffice)
ck-windows = Windows-1252 (ältere Excel-Versionen)
ck-fixed = Reparierte Fassung von { $file }
ck-as-csv = Als Tabelle: { $file }
ck-as-geojson = Als GeoJSON: { $file }
ck-schema = JSON Schema des Datenformats (schema.json)
ck-preview = Vorschau
ck-preview-hint = So sehen Besucherinnen und Besucher die Karte mit Ihren Dateien – noch nicht veröffentlicht. Dateien, die Sie nicht ausgewählt haben, kommen von der veröffentlichten Karte.
ck-shown-spot = { $place } ist nicht auf der Karte (wegen des Fehlers ausgelassen); die Vorschau zeigt die Stelle, an der der Eintrag liegt.
ck-excerpt = Ausschnitt: { $place }
ck-none = Keine Probleme gefunden.
ck-show-all = Alle { $count } Probleme zeigen
ck-fix-json-first = Erst den Fehler im JSON beheben, dann lässt sich die Datei reparieren und umwandeln.
ck-not-picked = Nicht ausgewählt und daher nicht geprüft: { $files }. Die Vorschau nimmt dafür die veröffentlichte Fassung.
