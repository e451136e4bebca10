# The editors' check page (pruefen.html). The checker's own messages are in en.ftl (c-…, p-…).
ck-title = Check files without installing anything
ck-other-lang = Deutsch
ck-intro = Choose your files or drag them into the box: the configuration (config.json), any number of GeoJSON files and tables (CSV, Excel .xlsx, LibreOffice .ods). Every problem is listed below with file, line and column.
ck-private = The check runs here in your browser: your files are not uploaded and do not leave your computer.
ck-pick = Choose files
ck-pick-hint = or drag them here – config.json, .geojson, .csv, .xlsx, .ods; several at once
ck-reading = Reading the files …
ck-checking = Checking file { $n } of { $of }: { $file } …
ck-clean = No problems in { $files ->
    [one] the file
   *[other] { $files } files
  }.
ck-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
  }, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
  } in { $files ->
    [one] 1 file
   *[other] { $files } files
  }.
ck-problems = Problems
ck-error = Error
ck-warning = Warning
ck-where = { $file }, line { $line }, column { $column }
ck-show = Show on the map
ck-shown = Shown on the preview map: { $place }
ck-not-shown = There is no place on the map for { $place }.
ck-downloads = Download
ck-downloads-hint = The files are made here in the browser. The repaired version has only safe repairs (swapped coordinates, spaces, phone numbers), like “bildungskarte-data check --fix”.
ck-encoding = Character set for tables (CSV)
ck-utf8 = UTF-8 (Excel 2016 and later, LibreOffice)
ck-windows = Windows-1252 (older Excel versions)
ck-fixed = Repaired version of { $file }
ck-as-csv = As a table: { $file }
ck-as-geojson = As GeoJSON: { $file }
ck-schema = JSON Schema of the data format (schema.json)
ck-preview = Preview
ck-preview-hint = This is how visitors will see the map with your files – not yet published. Files you did not choose come from the published map.
ck-shown-spot = { $place } is not on the map (left out for the error); the preview shows where the entry lies.
ck-excerpt = Excerpt: { $place }
ck-none = No problems found.
ck-show-all = Show all { $count } problems
ck-fix-json-first = Fix the JSON error first; then the file can be repaired and converted.
ck-not-picked = Not chosen and so not checked: { $files }. The preview takes the published version instead.
