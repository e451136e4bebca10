
## Prüfprogramm der Redaktion (bildungskarte-data)
c-summary = { $errors } { $errors ->
    [one] Fehler
   *[other] Fehler
  }, { $warnings } { $warnings ->
    [one] Warnung
   *[other] Warnungen
  } in { $files } { $files ->
    [one] Datei
   *[other] Dateien
  }
c-clean = Keine Fehler in { $files } { $files ->
    [one] Datei
   *[other] Dateien
  }
c-error = Fehler
c-warning = Warnung
c-unreadable = Datei kann nicht gelesen werden: { $reason }
c-sheet-unreadable = keine lesbare Excel- oder LibreOffice-Tabelle ({ $detail })
c-sheet-empty = die Tabelle hat kein Blatt
c-opening-hours-not-evaluated = Für „{ $value }“ kann die Karte „jetzt geöffnet“ nicht berechnen und zeigt „Öffnungszeiten unbekannt“ (siehe docs/datenformat.md, „Jetzt geöffnet“)
c-invalid-opening-hours = „opening_hours“ ist kein gültiger Ausdruck im OpenStreetMap-Format: „{ $value }“
c-unknown-value = „{ $field }“ enthält den unbekannten Wert „{ $value }“ (erlaubt: { $known })
c-possible-typo = Unbekannte Eigenschaft „{ $key }“ – meinten Sie „{ $known }“?
c-duplicate-key = Schlüssel „{ $key }“ steht zweimal in diesem Objekt (zuerst in Zeile { $line }, Spalte { $column }); gelesen wird nur dieser zweite Wert
c-outside-district = Der Ort liegt { $km } km außerhalb des Landkreises
c-swapped = Länge und Breite sind wohl vertauscht: [{ $lat }, { $lon }] läge im Landkreis
c-near-duplicate = Ein Ort mit demselben Namen liegt nur { $m } m entfernt (Eintrag { $other } in { $file })
c-stale = Seit über { $months } Monaten nicht aktualisiert (Stand { $date }): bitte prüfen und `updated` neu setzen
c-postcode-not-five-digits = Die Postleitzahl „{ $value }“ hat nicht fünf Ziffern
c-postcode-outside-district = Die Postleitzahl „{ $value }“ gibt es im Landkreis nicht – gemeint ist wohl { $nearest } ({ $town })
c-invalid-base-file = „{ $member }“ ist nicht als Grenzen lesbar: { $reason }
c-base-without-attribution = „base.attribution“ fehlt: Wo die Karte Grenzen aus eigenen Dateien zeigt, verlangt deren Lizenz meist eine Quellenangabe, z. B. „© GeoBasis-DE / BKG 2019 (Daten verändert)“
c-fixed = { $count } sichere Korrekturen in { $file } geschrieben
c-fix-failed = { $file }: nicht repariert, die Datei bleibt unverändert ({ $reason })
c-table-cell = Spalte „{ $column }“: { $message }
c-import-row = Zeile { $row }: { $message }
c-import-no-name = „Name“ fehlt
c-import-rough = „{ $name }“ ohne Koordinaten: an die Ortsmitte von { $town } gesetzt (Lage ungefähr) – von Hand zu platzieren
c-import-rough-district = „{ $name }“ ohne Koordinaten, und der Ort ist im Landkreis nicht bekannt: in die Mitte des Landkreises gesetzt (Lage ungefähr) – von Hand zu platzieren
c-import-no-category = „Kategorie“ fehlt
c-import-header = Keine Spalte für { $what } gefunden
c-import-done = { $count } Orte importiert, davon { $rough } von Hand zu platzieren; { $bad } Zeilen übersprungen

# The check page (pruefen.html): a source the config names but the editor did not pick.
c-not-picked = nicht unter den ausgewählten Dateien (bitte mit auswählen, um sie zu prüfen)
c-spreadsheet = Eine Numbers-Tabelle kann nicht gelesen werden: bitte in Numbers „Exportieren → Excel“ oder „→ CSV“ wählen und diese Datei auswählen
