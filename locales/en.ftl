# Bildungskarte – English texts. Keys and placeholders must match de.ftl.

## Map
map-label = Map with { $n } { $count ->
    [one] place
   *[other] places
  }; the list holds the same places
map-hint = Use the arrow keys to pan, plus and minus to zoom. Places are buttons.
zoom-in = Zoom in
zoom-out = Zoom out
loading = Loading data …
places-count = { $n } { $count ->
    [one] place
   *[other] places
  }
skip-map = Skip the map
# The language menu: its name (in the widget's language, with "(Language)" after it where that is
# not English, so a visitor who does not read it still finds the menu) and what it says when a
# language's file does not arrive.
lang-label = Language
lang-failed = The language could not be loaded. Please choose it again later.
consent-load = Load background map
consent-note = Load the background map from { $provider }? Only then is data sent there.
privacy-link = Privacy statement
widget-label = { $title }

## Legend
legend = Categories

## Details
close = Close
close-notice = Dismiss notice
sheet-full = Details at full height
field-category = Category
field-address = Address
field-phone = Phone
field-email = E-mail
field-website = Website
new-tab = (opens in a new tab)
field-offers = Offers
offer-link = (description at BERUFENET of the Federal Employment Agency, opens in a new tab)
offer-with-year = { $offer }, training starts { $year }
offer-link-note = The offers lead to their description at BERUFENET (Federal Employment Agency, in German).
field-recognition = Foreign qualification
recognition-finder = Recognition Finder: who checks my qualification?
field-audiences = Audiences
field-stages = Education chain
field-opening-hours = Opening hours
field-wheelchair = Wheelchair
field-updated = Last updated
field-events = Dates
field-modes = Ways of contact
mode-phone = Telephone
mode-video = Video
mode-online = Online
mode-mobile = Mobile (comes to you, e.g. to schools)
mode-on_site = On site
without-place = Without a fixed place
without-place-hint = Counselling by telephone, video or online and mobile office hours: not on the map, reachable from anywhere.
filter-mode = Way of contact
events-title = Dates
events-intro = Upcoming dates of the places the map and list show now.
events-kind = Kind of date
events-kind-all = All kinds
events-month = Month
events-month-all = All months
events-none = No upcoming dates at the places shown.
events-none-chosen = No dates of this kind in the chosen month.
event-ics = Add to calendar (.ics file)
event-more = More about it
event-at = at
event-kind-open_day = Open day
event-kind-info_evening = Information evening
event-kind-internship_week = Internship week
event-kind-fair = Fair
event-kind-course_start = Course start
event-kind-training_start = Start of training
event-kind-deadline = Application deadline
event-time = { $time }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
field-source = Source
wheelchair-yes = wheelchair accessible
wheelchair-limited = partly wheelchair accessible
wheelchair-no = not wheelchair accessible
audience-pupils = Pupils
audience-parents = Parents
audience-adults = Adults
audience-immigrants = Immigrants
audience-employers = Employers
audience-teachers = Teachers
stage-orientation = Vocational orientation
stage-internship = Internship
stage-apprenticeship = Apprenticeship
stage-further_education = Further education
stage-recognition = Recognition of foreign qualifications

## Search words: never shown. Searching for one of them (or the start of one) finds the places with
## that audience or stage, whatever language the page shows. Separated by spaces; add more freely.
search-audience-pupils = pupils students school children young people teenagers
search-audience-parents = parents families guardians
search-audience-adults = adults grown-ups career changers
search-audience-immigrants = immigrants immigration migrants migration refugees newcomers
search-audience-employers = employers companies businesses
search-audience-teachers = teachers educators
search-stage-orientation = vocational orientation career choice careers guidance
search-stage-internship = internship work experience placement
search-stage-apprenticeship = apprenticeship apprentice vocational training trainee
search-stage-further_education = further education continuing education adult education retraining
search-stage-recognition = recognition foreign qualifications degrees certificates diplomas

## Notices
config-failed = The map could not be loaded: { $reason }
config-foreign = “{ $path }” is not on this server ({ $origin })
bad-address = “{ $path }” is not a valid address
file-problem = “{ $file }”: { $message }
file-missing = Places from “{ $file }” are missing: { $message }
retry = Try again
part-loading = Loading …
part-failed = This part of the map did not arrive.
retrying = Loading again …
skipped = { $count ->
    [one] 1 feature in “{ $file }” was skipped:
   *[other] { $n } features in “{ $file }” were skipped:
  }
# For visitors: one plain line per kind of trouble (editors see the details with ?notices=all).
trouble-map = The map cannot be loaded right now.
trouble-map-broken = The map cannot be shown at the moment. Please try again later.
trouble-unavailable = Some places cannot be shown right now ({ $files }).
trouble-unavailable-still = Some places still cannot be shown ({ $files }). Please try again later.
trouble-broken = Some places are missing because a file is faulty ({ $files }). Please let the operator of this site know.
link-place-missing = The place in the link is not (or no longer) on this map.
trouble-incomplete = { $count ->
    [one] 1 entry is incomplete and is not shown.
   *[other] { $n } entries are incomplete and are not shown.
  }
trouble-base = The map's borders and place names cannot be shown right now.
notices-more = { $count ->
    [one] 1 more notice
   *[other] { $n } more notices
  }
notices-fewer = Fewer notices

## Problems in configuration and data (also for the editors' checker)
at-feature = feature { $n }
at-feature-named = feature { $n } (“{ $place }”)
p-no-answer = the file did not arrive in time (the server sent nothing for { $secs } seconds)
p-not-found = file not found (error 404)
p-server-error = the server has a problem right now (error { $code })
p-http-error = the server does not give the file out (error { $code })
p-connection = the connection to the server broke off
p-invalid-layer = map layer cannot be read ({ $message })
p-invalid-json = invalid JSON at line { $line }, column { $column }: { $syntax ->
    [eof-object] the file ends before an object is closed with "{"}"}" (cut off?)
    [eof-list] the file ends before a list is closed with "]" (cut off?)
    [eof-string] the file ends inside a text: the closing quotation mark " is missing
    [eof-value] the file ends where a value must follow (is it empty or cut off?)
    [comma-or-brace] a comma before the next entry or the closing brace "{"}"}" is missing here
    [comma-or-bracket] a comma before the next list entry or the closing bracket "]" is missing here
    [colon] the colon ":" after the name is missing
    [value] a value is expected here: a text in "…", a number, true, false, null, an object {"{"}…{"}"} or a list […]
    [quote] a text in double quotation marks "…" is expected here
    [key] a name in double quotation marks is expected here, e.g. "name"
    [trailing-comma] there is one comma too many after the last entry
    [html] the server sent a web page (HTML) instead of data: is the file's address right?
    [trailing-characters] there is something more after the end of the data
    [control-character] a text contains a line break or tab; inside "…" write it as \n or \t
    [escape] a backslash \ in a text does not start a valid character (write a backslash itself as \\)
    [number] invalid number (decimal point, not comma; no leading zero as in 07; not too large)
    [too-deep] the data is nested too deeply
   *[other] the text is not valid JSON at this point
  }
p-not-feature-collection = { $kind ->
    [feature] the file holds a single feature; a FeatureCollection is expected, with it in its list "features": {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}
    [geometry] the file holds only a geometry ("{ $found }"); a FeatureCollection of features whose "geometry" is a "Point" is expected
    [case] "type" must be "FeatureCollection", found "{ $found }" (mind upper and lower case)
   *[other] not a GeoJSON FeatureCollection: "type" is "{ $found }", "FeatureCollection" is expected
  }
p-root-not-object = the file is not a GeoJSON FeatureCollection {"{"}"type": "FeatureCollection", "features": [ … ]{"}"} but { $found }
p-no-feature-list = "features" is missing or not a list
p-found = { $found ->
    [null] null
    [bool] { $value }
    [number] number { $value }
    [text] text "{ $value }"
    [list] list […]
   *[object] object {"{"}…{"}"}
  }
p-feature-not-object = not a GeoJSON feature: an object {"{"}"type": "Feature", …{"}"} is expected, found { $found }
p-missing-member = { $member ->
    [collection-type] "type" is missing (expected: "FeatureCollection")
    [feature-type] "type" is missing (expected: "Feature")
    [geometry-type] the geometry's "type" is missing (for a place: "Point")
    [coordinates] the geometry's "coordinates" are missing
    [geometries] the GeometryCollection's "geometries" are missing
   *[other] "{ $key }" is missing
  }
p-wrong-type-name = "type" must be "{ $expected }", found { $found }{ $hint ->
    [case] {" "}(mind upper and lower case)
   *[none] {""}
  }
p-unknown-geometry = unknown geometry type: { $found }{ $suggestion ->
    [none] {" "}(possible: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection; a place on the map is a "Point")
   *[other] {" "}– probably "{ $suggestion }" is meant (mind upper and lower case)
  }
p-wrong-value = "{ $member }" must be { $expected ->
    [object-or-null] an object {"{"}…{"}"} or null
    [list] a list […]
    [text-or-number] a text or a number
    [numbers] a list of numbers
    [geometries] a list of geometry objects {"{"}"type": …{"}"}
   *[object] an object {"{"}…{"}"}
  }, found { $found }
p-coordinates-shape = "coordinates" of { $geometry }: { $depth ->
    [0] a position [longitude, latitude]
    [1] a list of positions [[longitude, latitude], …]
    [2] a list of lines [[[longitude, latitude], …], …]
   *[other] a list of polygons [[[[longitude, latitude], …], …], …]
  } is expected here, found { $found }
p-coordinate-not-number = a coordinate must be a number, found { $found }
p-position-too-short = a position needs two numbers [longitude, latitude], found { $n ->
    [0] an empty list
    [one] only one number
   *[other] { $n } numbers
  }
p-missing-geometry = geometry is missing
p-not-a-point = geometry is not a Point but { $found }
p-out-of-range = coordinates [{ $lon }, { $lat }] out of range (longitude −180 to 180, latitude −90 to 90)
p-missing = required field "{ $field }" is missing
p-empty = required field "{ $field }" is empty
p-wrong-type = "{ $field }" must be { $expected ->
    [text] a text
    [list] a list of texts
    [year] a training year such as 2027 or "2027/28"
   *[other] { $expected }
  }
p-unknown-category = unknown category "{ $value }" (known: { $known })
p-duplicate-id = duplicate id "{ $id }" (already in { $file })
p-invalid-website = "website" is not an http(s) address and is not linked: "{ $value }"
p-invalid-email = "email" is not an e-mail address: "{ $value }"
p-invalid-phone = "phone" is not a phone number: "{ $value }"
p-invalid-wheelchair = "wheelchair" must be yes, limited or no, not "{ $value }"
p-invalid-date = "{ $field }" is not a date in the form YYYY-MM-DD: "{ $value }"
p-invalid-date-time = "{ $field }" is not a readable date or time: "{ $value }" (allowed: 2027-01-16, 2027-01-16T18:00 in German time, or with a zone such as 2027-01-16T18:00:00+01:00)
p-end-before-start = "{ $field }" is before the start: { $end } is earlier than { $start }. The map leaves the end out.
p-invalid-config = invalid configuration: { $message }
p-invalid-template = "basemap.url" is not a valid tile template: { $message }
p-invalid-color = colour "{ $value }" of category "{ $category }" is not a colour like #1a6b3c
p-duplicate-category = category "{ $id }" is defined twice
p-no-categories = "categories" is empty
p-invalid-center = "center" must be [longitude, latitude] in WGS 84
p-invalid-zoom = "zoom" { $value } is not between 0 and 22

## Phone view, hints on the map, actions
search-region = Find places
view-switch = View
view-map = Map
view-list = List
loading-map = Loading the map …
no-results-map = No places match the search and filters.
hint-wheel = Use Ctrl + mouse wheel to zoom
hint-wheel-apple = Use ⌘ + mouse wheel to zoom
hint-two-fingers = Use two fingers to move the map
tiles-failed = background map unreachable
consent-title = Background map
consent-skip = Continue without background map
consent-again = Offer the background map
basemap-toggle = Background map
action-call = Call
action-route = Route
action-website = Website
action-email = Email

## Search, filters, list
search-label = Search by name, profession, offer or town
search-label-short = Search
search-placeholder = e.g. retail, Buchholz …
places-found = { $n } { $count ->
    [one] place
   *[other] places
  } found
quick-title = Quick start
quick-pupils = I am a pupil
quick-pupils-hint = Vocational orientation, internships and apprenticeships for pupils.
quick-parents = Parents
quick-parents-hint = Advice and orientation for parents accompanying their children into work.
quick-adults = Adults / further education
quick-adults-hint = Further education, retraining and advice for adults.
quick-newcomers = New in Germany
quick-newcomers-hint = Advice for newcomers, including the recognition of foreign qualifications.
filters = Filters
filter-town = Town or municipality
filter-town-all = All towns and municipalities
filter-offer = Profession or offer
filter-offer-hint = Suggestions appear as you type; a part or another form of a profession finds it too ("Tischlerin", "Kauffrau").
filter-audience = Audience
filter-stage = Education chain
filter-clear = Reset { $name }
filter-reset = Reset all filters
results = Results
sort-by = Sort by
sort-name = Name
sort-distance = Distance
list-in-view = Only places in the map view
show-more = Show { $n } more
no-results = No places found. Change the search or reset the filters.
distance = { $km } km away
near-me = Near me
open-now-filter = Only places open now
open-now-hint = By the opening hours, in German time, with the public holidays of Lower Saxony. Places without opening hours are left out.
hours-now = Now
hours-open = open until { $time }
hours-open-always = open around the clock
hours-closed = closed
hours-ph = public holiday
hours-opens-today = closed, opens today at { $time }
hours-opens-tomorrow = closed, opens tomorrow at { $time }
hours-opens-day = closed, opens { $day } { $time }
hours-opens-date = closed, opens on { $date } at { $time }
hours-unknown = Opening hours unknown
hours-holiday = Today is a public holiday ({ $name }).
weekday-0 = Mon
weekday-1 = Tue
weekday-2 = Wed
weekday-3 = Thu
weekday-4 = Fri
weekday-5 = Sat
weekday-6 = Sun
near-place = Postcode or town
near-place-hint = For example 21244 or Buchholz. What you type stays in your browser.
near-radius = Radius
near-radius-any = whole district
near-radius-km = { $km } km
near-clear = Remove place
near-unknown = The map does not know "{ $text }". Please pick a postcode or a town of the district from the list.
near-summary = { $n } { $count ->
    [one] place
   *[other] places
  } within { $km } km of { $place }.
near-from = Distances from { $place }.
near-plus-remote = Plus { $n } without a fixed place.
near-still = Still in use: { $place }.
near-me-busy = Finding your position …
# $reason: refused (the visitor or the browser did not allow it), timeout, or anything else.
near-me-denied = Your position is not available ({ $reason ->
        [refused] not shared
        [timeout] timed out
       *[other] the browser cannot tell
    }). The map works without it.
near-me-ok = List sorted by distance. Your position stays in your browser.
my-position = Your position
directions = Directions
directions-hvv = By bus and train (HVV journey planner)
directions-osm = Route on OpenStreetMap
copy-link = Copy link
link-copied = Link copied
cluster-label = { $n } { $count ->
    [one] place
   *[other] places
  }
cluster-list = Places at this spot

## Saved list, comparison, print view
mark = Save
marks-full = The saved list is full ({ $max } places). Remove a place first.
marks-title = Saved places
mark-remove = Remove { $name } from the saved places
mark-remove-short = Remove
mark-compare = Compare
marks-missing = { $count ->
    [one] 1 saved place is not (or no longer) in the data.
   *[other] { $count } saved places are not (or no longer) in the data.
}
marks-empty = No places saved yet. In a place's details, "Save" puts it on this list. The list lives only in the page's address: whoever gets the link sees it too; nothing is stored.
marks-compare-hint = Put up to { $max } places side by side with "Compare".
compare-full = At most { $max } places can be compared. Take one out first.
marks-print = Print saved places
field-distance = Distance
compare-next-date = Next date
compare-title = Comparison of { $count } places
list-print = Print list
sheet-marks = Saved places
sheet-list = List of places
sheet-first = the first { $shown } of { $total } places
sheet-count = { $count ->
    [one] 1 place
   *[other] { $count } places
}
sheet-date = As of { $date }
sheet-print = Print
sheet-close = Back to the map
sheet-map = Map of the places, numbered as in the list
