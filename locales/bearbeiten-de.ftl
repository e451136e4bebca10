# The editors' page for editing places (bearbeiten.html). The checker's sentences are in de.ftl.
ed-page-title = Orte bearbeiten – Bildungskarte Landkreis Harburg
ed-title = Orte bearbeiten
ed-other-lang = English
ed-to-check = Zur Prüfseite
ed-private = Alles geschieht hier in Ihrem Browser: Nichts wird hochgeladen oder gespeichert. Geänderte Dateien laden Sie herunter und geben sie an die Web-Redaktion.
ed-open-heading = Dateien öffnen
ed-open-published = Veröffentlichte Daten öffnen
ed-or = oder
ed-pick = Eigene Dateien auswählen
ed-pick-hint = oder hierher ziehen – config.json und .geojson-Dateien, mehrere auf einmal
ed-opening = Die veröffentlichten Dateien werden geladen …
ed-opened = { $places } Orte aus { $files ->
    [one] einer Datei
   *[other] { $files } Dateien
} geöffnet. Wählen Sie einen Ort auf der Karte oder in der Liste.
ed-not-opened = { $file } konnte nicht geöffnet werden ({ $why }).
ed-no-answer = keine Antwort vom Server
ed-not-json = die Datei ist kein gültiges JSON
ed-not-geojson = { $file } ist eine Tabelle: Bitte erst auf der Prüfseite in GeoJSON umwandeln.
ed-discard = Ihre Änderungen sind noch nicht gespeichert. Trotzdem andere Dateien öffnen und die Änderungen verwerfen?
ed-unsaved = Ihre Änderungen sind noch nicht gespeichert.
ed-tools = Bearbeiten
ed-undo = Rückgängig
ed-redo = Wiederholen
ed-undone = Rückgängig gemacht.
ed-redone = Wiederholt.
ed-nothing-to-undo = Es gibt nichts rückgängig zu machen.
ed-nothing-to-redo = Es gibt nichts zu wiederholen.
ed-new-in = Neuer Ort in
ed-new-category = Art des neuen Orts
ed-new = Neuen Ort anlegen
ed-new-name = Neuer Ort
ed-adding = Klicken Sie auf die Karte, wo der neue Ort liegt – oder beginnen Sie bei einer Postleitzahl oder einem Ort und ziehen Sie die Nadel danach an die richtige Stelle.
ed-add-town = PLZ oder Ort
ed-add-there = Dort beginnen
ed-add-centre = In der Kartenmitte beginnen
ed-cancel = Abbrechen
ed-town-unknown = „{ $town }“ ist nicht bekannt. Bitte eine Postleitzahl oder einen Ort aus der Liste wählen.
ed-added = Neuer Ort angelegt. Geben Sie jetzt seinen Namen ein.
ed-added-rough = Neuer Ort angelegt – die Lage ist ungefähr. Ziehen Sie die Nadel an das Gebäude oder bewegen Sie sie mit den Pfeiltasten.
ed-save = Geänderte Dateien speichern
ed-save-csv = Als Tabelle (CSV) speichern
ed-save-with-errors = { $n ->
    [one] Ein geänderter Ort hat einen Fehler:
   *[other] Geänderte Orte haben { $n } Fehler:
    }
    { $list }

    { $shown ->
        [all] Die Karte zeigt diese Orte, aber ohne die fehlerhaften Angaben oder mit ihnen, wie sie geschrieben sind.
        [none] Die Karte zeigt { $hidden ->
            [one] diesen Ort
           *[other] diese Orte
        } erst, wenn die Fehler behoben sind.
       *[some] { $hidden ->
            [one] Einen dieser Orte
           *[other] { $hidden } dieser Orte
        } (markiert mit „nicht auf der Karte“) zeigt die Karte erst, wenn die Fehler behoben sind. Die anderen zeigt sie, aber ohne die fehlerhaften Angaben oder mit ihnen, wie sie geschrieben sind.
    }

    Trotzdem speichern?
ed-not-on-map = nicht auf der Karte
ed-saved = Heruntergeladen: { $files }. Geben Sie die Datei an die Web-Redaktion.
ed-nothing-to-save = Es gibt keine Änderungen zu speichern.
ed-changes = Änderungen
ed-list-heading = Orte
ed-search = Ort suchen (Name, Ort oder Kennung)
ed-list-count = { $n ->
    [one] 1 Ort
   *[other] { $n } Orte
}
ed-list-more = { $shown } von { $total } Orten gezeigt – geben Sie mehr vom Namen ein.
ed-status-new = neu
ed-status-changed = geändert
ed-chosen = { $name } ist zum Bearbeiten gewählt.
ed-back = Zurück zur Liste
ed-f-file = Datei
ed-move-file = In diese Datei verschieben
ed-move-file-hint = Beim Speichern ändern sich dann beide Dateien.
ed-moved-file = { $name } ist jetzt in { $file }.
ed-import-heading = Orte aus Tabelle oder Datei hinzufügen
ed-import-hint = Eine Liste von Partnern (CSV, Excel .xlsx, LibreOffice .ods oder GeoJSON) kommt als neue Orte zu einer der geöffneten Dateien. Erst sehen Sie eine Vorschau mit den Problemen je Zeile.
ed-import-pick = Tabelle oder Datei wählen …
ed-import-read = { $n } Orte aus { $file } gelesen, { $noted } mit Hinweisen. Prüfen Sie die Vorschau und wählen Sie die Datei.
ed-import-preview = Vorschau: { $file } – { $n ->
    [one] 1 Ort
   *[other] { $n } Orte
}
ed-import-row = Zeile { $row }:
ed-import-rough = Lage ungefähr
ed-import-left-out = Nicht übernommen
ed-import-target = Hinzufügen zu Datei
ed-import-target-hint = Vorgeschlagen ist die Datei mit den Orten derselben Kategorie.
ed-import-add = Hinzufügen
ed-import-discard = Verwerfen
ed-import-discarded = Die Liste wurde verworfen; nichts hinzugefügt.
ed-import-added = { $n } Orte zu { $file } hinzugefügt.
ed-import-added-rough = { $n ->
    [one] 1 davon liegt nur ungefähr (Ortsmitte) – bitte von Hand platzieren.
   *[other] { $n } davon liegen nur ungefähr (Ortsmitte) – bitte von Hand platzieren.
}
ed-import-to-place = Noch von Hand zu platzieren (Lage ungefähr)
ed-place-clean = Keine Probleme.
ed-place-problems = { $errors } Fehler, { $warnings } Hinweise – siehe bei den Feldern.
ed-copy = Als neuen Ort kopieren
ed-copy-name = { $name } (Kopie)
ed-copied = Kopie angelegt. Ändern Sie Namen und Lage.
ed-remove = Entfernen
ed-remove-confirm = „{ $name }“ aus { $file } entfernen? Sie können es mit „Rückgängig“ zurückholen.
ed-removed = „{ $name }“ entfernt.
ed-choose = – bitte wählen –
ed-not-given = keine Angabe
ed-group-address = Adresse
ed-group-contact = Kontakt
ed-f-id = Kennung
ed-f-name = Name
ed-f-category = Kategorie
ed-f-street = Straße und Hausnummer
ed-f-postcode = Postleitzahl
ed-f-city = Ort
ed-f-municipality = Stadt oder Gemeinde
ed-f-phone = Telefon
ed-f-email = E-Mail
ed-f-website = Webseite
ed-f-description = Beschreibung
ed-f-offers = Angebote
ed-f-audiences = Zielgruppen
ed-f-stages = Bildungskette
ed-f-modes = Kontaktwege
ed-f-opening-hours = Öffnungszeiten
ed-f-wheelchair = Rollstuhl
ed-f-updated = Stand
ed-f-events = Termine
ed-f-source = Quelle
ed-f-position = Lage
ed-f-lon = Länge (Ost)
ed-f-lat = Breite (Nord)
ed-position-hint = Länge etwa 9,5 bis 10,5 und Breite etwa 53,1 bis 53,5 im Landkreis. Oder ziehen Sie die Nadel auf der Karte.
ed-move-on-map = Auf der Karte verschieben
ed-rough = Lage ungefähr – bitte die Nadel an das Gebäude ziehen.
ed-pin = { $name } verschieben
ed-skip-map = Karte überspringen, weiter zur Liste und zum Formular
ed-to-tools = Zu den Werkzeugen (Speichern, Rückgängig)
ed-pin-hint = Ziehen Sie die Nadel oder bewegen Sie sie mit den Pfeiltasten (mit Umschalt feiner). Escape setzt sie zurück.
ed-move-cancelled = Verschieben abgebrochen.
ed-length = { $n } Zeichen
ed-length-long = Mehr als { $n } Zeichen sind für die Karte lang; bitte kürzen.
ed-offer-n = Angebot { $n }
ed-offer-year = Ausbildungsjahr
ed-offer-add = Angebot hinzufügen
ed-offer-remove = Angebot { $n } entfernen
ed-mo = Montag
ed-tu = Dienstag
ed-we = Mittwoch
ed-th = Donnerstag
ed-fr = Freitag
ed-sa = Samstag
ed-su = Sonntag
ed-hours-from = { $day } von
ed-hours-to = { $day } bis
ed-hours-remove = Zeit am { $day } entfernen
ed-hours-add = Zeit am { $day } hinzufügen
ed-hours-closed = geschlossen
ed-hours-holidays = An Feiertagen geschlossen
ed-hours-copy = Montag für Dienstag bis Freitag übernehmen
ed-hours-raw = Öffnungszeiten als Text (OpenStreetMap-Schreibweise)
ed-hours-now = Besucher sehen jetzt: { $now }
ed-hours-text-only = Die Tabelle kann diese Angabe nicht darstellen: Sie enthält etwas, das die Tabelle nicht kennt (z. B. Schulferien oder Monate), oder einen Tippfehler. Bitte im Textfeld ändern – oder leeren und in der Tabelle neu eingeben.
ed-hours-restart = Leeren und in der Tabelle neu eingeben
ed-ev-title = Titel
ed-ev-start = Beginn
ed-ev-end = Ende (bei mehreren Tagen der letzte Tag)
ed-ev-end-name = Ende
ed-ev-time = Uhrzeit (frei lassen: ganztägig)
ed-ev-kind = Art
ed-ev-url = Link zu mehr Informationen
ed-ev-add = Termin hinzufügen
ed-ev-remove = Termin { $n } entfernen
ed-ev-n = Termin { $n }

# Parts of the page that arrive after it stands (src/ui/editor/parts.rs).
ed-part-form = Das Formular wird geladen …
ed-part-map = Die Karte wird geladen …
ed-part-failed = Dieser Teil der Seite ist nicht angekommen (keine Verbindung zum Server?).
ed-part-retry = Erneut versuchen
ed-part-tools = Die Werkzeuge werden geladen …
ed-part-table = Das Hinzufügen aus Tabellen wird geladen …
