
## Editors' checker (bildungskarte-data)
c-summary = { $errors } { $errors ->
    [one] error
   *[other] errors
  }, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
  } in { $files } { $files ->
    [one] file
   *[other] files
  }
c-clean = No errors in { $files } { $files ->
    [one] file
   *[other] files
  }
c-error = error
c-warning = warning
c-unreadable = cannot read the file: { $reason }
c-sheet-unreadable = not a readable Excel or LibreOffice spreadsheet ({ $detail })
c-sheet-empty = the spreadsheet has no sheet
c-opening-hours-not-evaluated = the map cannot work out "open now" for "{ $value }" and shows "opening hours unknown" (see docs/datenformat.md, "Jetzt geöffnet")
c-invalid-opening-hours = "opening_hours" is not a valid OpenStreetMap expression: "{ $value }"
c-unknown-value = "{ $field }" holds the unknown value "{ $value }" (allowed: { $known })
c-possible-typo = unknown property "{ $key }" – did you mean "{ $known }"?
c-duplicate-key = key "{ $key }" appears twice in this object (first at line { $line }, column { $column }); only this second value is read
c-outside-district = the place lies { $km } km outside the district
c-swapped = longitude and latitude look swapped: [{ $lat }, { $lon }] would be in the district
c-near-duplicate = a place with the same name is only { $m } m away (feature { $other } in { $file })
c-stale = not updated for more than { $months } months (last { $date }): please check it and set `updated` anew
c-postcode-not-five-digits = the postcode "{ $value }" does not have five digits
c-postcode-outside-district = the postcode "{ $value }" is not in the district – perhaps { $nearest } ({ $town }) is meant
c-invalid-base-file = "{ $member }" cannot be read as borders: { $reason }
c-base-without-attribution = "base.attribution" is missing: where the map draws borders from its own files, their licence usually asks for an attribution, e.g. "© GeoBasis-DE / BKG 2019 (Daten verändert)"
c-fixed = { $count } safe repairs written to { $file }
c-fix-failed = { $file }: not repaired, the file is unchanged ({ $reason })
c-table-cell = column "{ $column }": { $message }
c-import-row = row { $row }: { $message }
c-import-no-name = "Name" is missing
c-import-rough = "{ $name }" has no coordinates: placed at the centre of { $town } (approximate location) – to be placed by hand
c-import-rough-district = "{ $name }" has no coordinates and its town is not known in the district: placed at the district's centre (approximate location) – to be placed by hand
c-import-no-category = "Kategorie" is missing
c-import-header = no column for { $what }
c-import-done = { $count } places imported, { $rough } of them to be placed by hand; { $bad } rows skipped

# The check page (pruefen.html): a source the config names but the editor did not pick.
c-not-picked = not among the chosen files (choose it too to check it)
c-spreadsheet = a Numbers spreadsheet cannot be read: please choose "Export To → Excel" or "→ CSV" in Numbers and pick that file
