# The editors' page for editing places (bearbeiten.html), English.
ed-page-title = Edit places – Education map Landkreis Harburg
ed-title = Edit places
ed-other-lang = Deutsch
ed-to-check = To the check page
ed-private = Everything happens here in your browser: nothing is uploaded or stored. You download changed files and hand them to the web team.
ed-open-heading = Open files
ed-open-published = Open the published data
ed-or = or
ed-pick = Choose your own files
ed-pick-hint = or drop them here – config.json and .geojson files, several at once
ed-opening = Loading the published files …
ed-opened = Opened { $places } places from { $files ->
    [one] one file
   *[other] { $files } files
}. Choose a place on the map or in the list.
ed-not-opened = { $file } could not be opened ({ $why }).
ed-no-answer = no answer from the server
ed-not-json = the file is not valid JSON
ed-not-geojson = { $file } is a table: please convert it to GeoJSON on the check page first.
ed-discard = Your changes are not saved yet. Open other files anyway and discard them?
ed-unsaved = Your changes are not saved yet.
ed-tools = Editing
ed-undo = Undo
ed-redo = Redo
ed-undone = Undone.
ed-redone = Redone.
ed-nothing-to-undo = There is nothing to undo.
ed-nothing-to-redo = There is nothing to redo.
ed-new-in = New place in
ed-new-category = Kind of the new place
ed-new = Add a place
ed-new-name = New place
ed-adding = Click on the map where the new place is – or start at a postcode or town and drag the pin to the right spot afterwards.
ed-add-town = Postcode or town
ed-add-there = Start there
ed-add-centre = Start at the map's centre
ed-cancel = Cancel
ed-town-unknown = "{ $town }" is not known. Please choose a postcode or town from the list.
ed-added = New place added. Now type its name.
ed-added-rough = New place added – its location is approximate. Drag the pin to the building or move it with the arrow keys.
ed-save = Save changed files
ed-save-csv = Save as a table (CSV)
ed-save-with-errors = { $n ->
    [one] A changed place has an error:
   *[other] Changed places have { $n } errors:
    }
    { $list }

    { $shown ->
        [all] The map shows these places, but without the wrong details or with them as written.
        [none] The map shows { $hidden ->
            [one] this place
           *[other] these places
        } only once the errors are fixed.
       *[some] { $hidden ->
            [one] One of these places
           *[other] { $hidden } of these places
        } (marked “not on the map”) the map shows only once the errors are fixed. It shows the others, but without the wrong details or with them as written.
    }

    Save anyway?
ed-not-on-map = not on the map
ed-saved = Downloaded: { $files }. Hand the file to the web team.
ed-nothing-to-save = There are no changes to save.
ed-changes = Changes
ed-list-heading = Places
ed-search = Find a place (name, town or id)
ed-list-count = { $n ->
    [one] 1 place
   *[other] { $n } places
}
ed-list-more = { $shown } of { $total } places shown – type more of the name.
ed-status-new = new
ed-status-changed = changed
ed-chosen = { $name } is chosen for editing.
ed-back = Back to the list
ed-f-file = File
ed-move-file = Move to this file
ed-move-file-hint = Saving then changes both files.
ed-moved-file = { $name } is now in { $file }.
ed-import-heading = Add places from a table or file
ed-import-hint = A partner's list (CSV, Excel .xlsx, LibreOffice .ods or GeoJSON) joins one of the open files as new places. First you see a preview with the problems of each row.
ed-import-pick = Choose a table or file …
ed-import-read = Read { $n } places from { $file }, { $noted } with notes. Check the preview and choose the file.
ed-import-preview = Preview: { $file } – { $n ->
    [one] 1 place
   *[other] { $n } places
}
ed-import-row = Row { $row }:
ed-import-rough = Position approximate
ed-import-left-out = Not taken
ed-import-target = Add to file
ed-import-target-hint = Proposed is the file with the places of the same category.
ed-import-add = Add
ed-import-discard = Discard
ed-import-discarded = The list was discarded; nothing added.
ed-import-added = Added { $n } places to { $file }.
ed-import-added-rough = { $n ->
    [one] 1 of them is only approximate (town centre) – please place it by hand.
   *[other] { $n } of them are only approximate (town centre) – please place them by hand.
}
ed-import-to-place = Still to place by hand (position approximate)
ed-place-clean = No problems.
ed-place-problems = { $errors } errors, { $warnings } notes – see the fields.
ed-copy = Copy as a new place
ed-copy-name = { $name } (copy)
ed-copied = Copy added. Change its name and location.
ed-remove = Remove
ed-remove-confirm = Remove "{ $name }" from { $file }? "Undo" brings it back.
ed-removed = "{ $name }" removed.
ed-choose = – please choose –
ed-not-given = not given
ed-group-address = Address
ed-group-contact = Contact
ed-f-id = Identifier
ed-f-name = Name
ed-f-category = Category
ed-f-street = Street and number
ed-f-postcode = Postcode
ed-f-city = Town
ed-f-municipality = Municipality
ed-f-phone = Phone
ed-f-email = E-mail
ed-f-website = Website
ed-f-description = Description
ed-f-offers = Offers
ed-f-audiences = Audiences
ed-f-stages = Education chain
ed-f-modes = Ways of contact
ed-f-opening-hours = Opening hours
ed-f-wheelchair = Wheelchair
ed-f-updated = Last updated
ed-f-events = Dates
ed-f-source = Source
ed-f-position = Location
ed-f-lon = Longitude (east)
ed-f-lat = Latitude (north)
ed-position-hint = Longitude about 9.5 to 10.5 and latitude about 53.1 to 53.5 in the district. Or drag the pin on the map.
ed-move-on-map = Move on the map
ed-rough = Approximate location – please drag the pin to the building.
ed-pin = Move { $name }
ed-skip-map = Skip the map, on to the list and the form
ed-to-tools = To the tools (save, undo)
ed-pin-hint = Drag the pin or move it with the arrow keys (finer with Shift). Escape puts it back.
ed-move-cancelled = Move cancelled.
ed-length = { $n } characters
ed-length-long = More than { $n } characters is long for the map; please shorten.
ed-offer-n = Offer { $n }
ed-offer-year = Training year
ed-offer-add = Add an offer
ed-offer-remove = Remove offer { $n }
ed-mo = Monday
ed-tu = Tuesday
ed-we = Wednesday
ed-th = Thursday
ed-fr = Friday
ed-sa = Saturday
ed-su = Sunday
ed-hours-from = { $day } from
ed-hours-to = { $day } to
ed-hours-remove = Remove a time on { $day }
ed-hours-add = Add a time on { $day }
ed-hours-closed = closed
ed-hours-holidays = Closed on public holidays
ed-hours-copy = Use Monday for Tuesday to Friday
ed-hours-raw = Opening hours as text (OpenStreetMap notation)
ed-hours-now = Visitors see now: { $now }
ed-hours-text-only = The table cannot show this value: it holds something the table does not know (e.g. school holidays or months) or a typo. Please change it in the text field – or empty it and enter the hours in the table.
ed-hours-restart = Empty and enter in the table
ed-ev-title = Title
ed-ev-start = Start
ed-ev-end = End (the last day for several days)
ed-ev-end-name = End
ed-ev-time = Time (leave empty: all day)
ed-ev-kind = Kind
ed-ev-url = Link to more information
ed-ev-add = Add a date
ed-ev-remove = Remove date { $n }
ed-ev-n = Date { $n }

# Parts of the page that arrive after it stands (src/ui/editor/parts.rs).
ed-part-form = Loading the form …
ed-part-map = Loading the map …
ed-part-failed = This part of the page did not arrive (no connection to the server?).
ed-part-retry = Try again
ed-part-tools = Loading the tools …
ed-part-table = Loading the adding from tables …
