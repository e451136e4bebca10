# Bildungskarte – Persian texts (Farsi/Dari). Keys and placeholders must match de.ftl.

## Map
map-label = نقشه با { $n } { $count ->
    [one] مکان
   *[other] مکان
  }؛ فهرست نیز همین مکان‌ها را دارد
map-hint = با کلیدهای جهت‌دار نقشه را جابه‌جا کنید و با کلیدهای + و − آن را بزرگ یا کوچک کنید. مکان‌ها دکمه هستند.
zoom-in = بزرگ‌نمایی
zoom-out = کوچک‌نمایی
loading = در حال بارگذاری داده‌ها …
places-count = { $n } { $count ->
    [one] مکان
   *[other] مکان
  }
skip-map = رد شدن از نقشه
# The language menu: its name (in the widget's language, with "(Language)" after it where that is
# not English, so a visitor who does not read it still finds the menu) and what it says when a
# language's file does not arrive.
lang-label = زبان (Language)
lang-failed = زبان بارگذاری نشد. لطفاً بعداً دوباره آن را انتخاب کنید.
consent-load = بارگذاری نقشه پس‌زمینه
consent-note = نقشه پس‌زمینه از { $provider } بارگذاری شود؟ فقط در این صورت داده‌ها به آنجا فرستاده می‌شوند.
privacy-link = اطلاعیه حفاظت از داده‌ها
widget-label = { $title }

## Legend
legend = دسته‌بندی‌ها

## Details
close = بستن
close-notice = بستن پیام
sheet-full = نمایش جزئیات در اندازه کامل
field-category = دسته‌بندی
field-address = آدرس
field-phone = تلفن
field-email = ایمیل
field-website = وب‌سایت
new-tab = (در یک تب جدید باز می‌شود)
field-offers = برنامه‌ها
offer-link = (شرح در BERUFENET از Bundesagentur für Arbeit، در یک تب جدید باز می‌شود)
offer-with-year = { $offer }، شروع آموزش حرفه‌ای { $year }
offer-link-note = برنامه‌ها به شرح خود در BERUFENET از Bundesagentur für Arbeit (اداره فدرال کار، به زبان آلمانی) پیوند دارند.
field-recognition = مدرک خارجی
recognition-finder = Anerkennungs-Finder: کدام اداره مدرک من را بررسی می‌کند؟
field-audiences = گروه‌های هدف
field-stages = مسیر آموزشی
field-opening-hours = ساعات کاری
field-wheelchair = ویلچر
field-updated = آخرین به‌روزرسانی
field-events = رویدادها
field-modes = راه‌های تماس
mode-phone = تلفن
mode-video = ویدیو
mode-online = آنلاین
mode-mobile = سیار (به محل شما می‌آید، مثلاً به مدرسه‌ها)
mode-on_site = حضوری
without-place = بدون مکان ثابت
without-place-hint = مشاوره تلفنی، تصویری یا آنلاین و ساعات مشاوره سیار: روی نقشه نیستند و از همه‌جا در دسترس‌اند.
filter-mode = راه تماس
events-title = رویدادها
events-intro = رویدادهای پیش رو در مکان‌هایی که نقشه و فهرست اکنون نشان می‌دهند.
events-kind = نوع رویداد
events-kind-all = همه انواع
events-month = ماه
events-month-all = همه ماه‌ها
events-none = مکان‌های نمایش‌داده‌شده رویداد پیش رو ندارند.
events-none-chosen = در ماه انتخاب‌شده رویدادی از این نوع نیست.
event-ics = افزودن رویداد به تقویم (فایل ICS)
event-more = اطلاعات بیشتر
event-at = در
event-kind-open_day = روز درهای باز
event-kind-info_evening = جلسه اطلاع‌رسانی شبانه
event-kind-internship_week = هفته کارآموزی
event-kind-fair = نمایشگاه
event-kind-course_start = شروع دوره
event-kind-training_start = شروع آموزش حرفه‌ای
event-kind-deadline = آخرین مهلت درخواست
event-time = ساعت { $time }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
field-source = منبع
wheelchair-yes = مناسب برای ویلچر
wheelchair-limited = تا حدی مناسب برای ویلچر
wheelchair-no = نامناسب برای ویلچر
audience-pupils = دانش‌آموزان
audience-parents = والدین
audience-adults = بزرگسالان
audience-immigrants = مهاجران
audience-employers = کارفرمایان
audience-teachers = معلمان
stage-orientation = آشنایی با مشاغل
stage-internship = کارآموزی
stage-apprenticeship = آموزش حرفه‌ای
stage-further_education = آموزش تکمیلی
stage-recognition = به رسمیت شناختن مدارک خارجی

## Search words: never shown. Searching for one of them (or the start of one) finds the places with
## that audience or stage, whatever language the page shows. Separated by spaces; add more freely.
search-audience-pupils = دانش‌آموز دانش‌آموزان شاگرد شاگردان شاگرد مکتب متعلم متعلمین مکتب مکاتب مدرسه مدارس جوان جوانان نوجوان نوجوانان کودکان اطفال Schüler Schülerinnen
search-audience-parents = والدین پدر مادر پدر و مادر خانواده خانواده‌ها فامیل اولیا سرپرست Eltern
search-audience-adults = بزرگسال بزرگسالان بزرگ‌سالان کارمند کارمندان شاغل شاغلان تغییر شغل تغییر مسلک Erwachsene
search-audience-immigrants = مهاجر مهاجران مهاجرین مهاجرت پناهجو پناهجویان پناهنده پناهندگان تازه‌وارد تازه‌واردان خارجی خارجی‌ها Zugewanderte Migranten Flüchtlinge
search-audience-employers = کارفرما کارفرمایان شرکت شرکت‌ها موسسه موسسات مؤسسه کسب‌وکار کارخانه صاحب کار Arbeitgeber Unternehmen Firmen
search-audience-teachers = معلم معلمان معلمین آموزگار آموزگاران استاد استادان مربی مربیان Lehrer Lehrkräfte
search-stage-orientation = آشنایی با مشاغل شغل مشاغل انتخاب شغل انتخاب رشته راهنمایی شغلی مشاوره شغلی مسلک حرفه Berufsorientierung Berufswahl
search-stage-internship = کارآموزی کارورزی کار آموزشی تجربه کاری Praktikum Praktika Praktikumsplatz
search-stage-apprenticeship = آموزش حرفه‌ای آموزش مسلکی آموزش فنی فنی و حرفه‌ای حرفه حرفه‌آموزی مهارت کارآموز شاگردی آوسبیلدونگ اوسبیلدونگ Ausbildung Ausbildungsplatz Azubi
search-stage-further_education = آموزش تکمیلی دوره دوره‌ها کورس کورس‌ها بازآموزی ارتقای مهارت آموزش بزرگسالان آموزش ضمن کار Weiterbildung Fortbildung Umschulung
search-stage-recognition = به رسمیت شناختن مدرک مدارک مدارک خارجی مدرک خارجی ارزشیابی تأیید تایید معادل‌سازی سند تحصیلی اسناد تحصیلی دیپلم شهادت‌نامه Anerkennung Abschlüsse Zeugnisse

## Notices
config-failed = نقشه بارگذاری نشد: { $reason }
config-foreign = «{ $path }» روی این سرور نیست ({ $origin })
bad-address = «{ $path }» آدرس معتبری نیست
file-problem = «{ $file }»: { $message }
file-missing = مکان‌های «{ $file }» موجود نیستند: { $message }
retry = تلاش دوباره
part-loading = در حال بارگذاری …
part-failed = این بخش از نقشه نرسید.
retrying = در حال بارگذاری دوباره …
skipped = { $count ->
    [one] در «{ $file }» { $n } مورد نادیده گرفته شد:
   *[other] در «{ $file }» { $n } مورد نادیده گرفته شد:
  }
# For visitors: one plain line per kind of trouble (editors see the details with ?notices=all).
trouble-map = نقشه اکنون بارگذاری نمی‌شود.
trouble-map-broken = نقشه فعلاً نمایش داده نمی‌شود. لطفاً بعداً دوباره امتحان کنید.
trouble-unavailable = برخی مکان‌ها اکنون نمایش داده نمی‌شوند ({ $files }).
trouble-unavailable-still = برخی مکان‌ها هنوز نمایش داده نمی‌شوند ({ $files }). لطفاً بعداً دوباره امتحان کنید.
trouble-broken = برخی مکان‌ها موجود نیستند، چون یک فایل خطا دارد ({ $files }). لطفاً به گرداننده این وب‌سایت اطلاع دهید.
link-place-missing = مکانِ این پیوند روی این نقشه نیست.
trouble-incomplete = { $count ->
    [one] { $n } مورد ناقص است و نمایش داده نمی‌شود.
   *[other] { $n } مورد ناقص‌اند و نمایش داده نمی‌شوند.
  }
trouble-base = مرزها و نام مکان‌های نقشه اکنون نمایش داده نمی‌شوند.
notices-more = { $count ->
    [one] { $n } پیام دیگر
   *[other] { $n } پیام دیگر
  }
notices-fewer = پیام‌های کمتر

## Problems in configuration and data (also for the editors' checker)
at-feature = مورد { $n }
at-feature-named = مورد { $n } («{ $place }»)
p-no-answer = فایل به‌موقع نرسید (سرور { $secs } ثانیه هیچ چیزی نفرستاد)
p-not-found = فایل پیدا نشد (خطای 404)
p-server-error = سرور اکنون مشکل دارد (خطای { $code })
p-http-error = سرور فایل را نمی‌دهد (خطای { $code })
p-connection = اتصال به سرور قطع شد
p-invalid-layer = لایه نقشه خوانده نمی‌شود ({ $message })
p-invalid-json = JSON نامعتبر در سطر { $line }، ستون { $column }: { $syntax ->
    [eof-object] فایل پیش از آنکه یک شیء با «{"}"}» بسته شود تمام می‌شود (بریده شده است؟)
    [eof-list] فایل پیش از آنکه یک فهرست با «]» بسته شود تمام می‌شود (بریده شده است؟)
    [eof-string] فایل در وسط یک متن تمام می‌شود: علامت نقل‌قول پایانی " وجود ندارد
    [eof-value] فایل جایی تمام می‌شود که هنوز باید یک مقدار بیاید (خالی است یا بریده شده است؟)
    [comma-or-brace] اینجا یک ویرگول «,» پیش از مورد بعدی یا قوس بسته «{"}"}» کم است
    [comma-or-bracket] اینجا یک ویرگول «,» پیش از مورد بعدی فهرست یا قوس بسته «]» کم است
    [colon] پس از نام، دونقطه «:» کم است
    [value] اینجا یک مقدار لازم است: متنی در "…"، یک عدد، true، false، null، یک شیء {"{"}…{"}"} یا یک فهرست […]
    [quote] اینجا متنی در علامت نقل‌قول دوتایی "…" لازم است
    [key] اینجا نامی در علامت نقل‌قول دوتایی لازم است، مثلاً "name"
    [trailing-comma] پس از آخرین مورد یک ویرگول «,» اضافه است
    [html] سرور به جای داده یک صفحه وب (HTML) فرستاده است: آیا آدرس فایل درست است؟
    [trailing-characters] پس از پایان داده‌ها هنوز چیزی هست
    [control-character] در یک متن شکستن سطر یا تب هست؛ درون "…" آن را به صورت \n یا \t بنویسید
    [escape] بک‌اسلش \ در متن یک حرف معتبر را شروع نمی‌کند (خود بک‌اسلش را \\ بنویسید)
    [number] عدد نامعتبر (نقطه اعشار به جای ویرگول، بدون صفر در آغاز مانند 07، نه خیلی بزرگ)
    [too-deep] داده‌ها بیش از حد تودرتو هستند
   *[other] متن در این جا JSON معتبر نیست
  }
p-not-feature-collection = { $kind ->
    [feature] فایل فقط یک Feature دارد؛ انتظار می‌رود یک FeatureCollection باشد که آن را در فهرست «features» خود داشته باشد: {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}
    [geometry] فایل فقط یک هندسه («{ $found }») دارد؛ انتظار می‌رود یک FeatureCollection از Featureهایی باشد که «geometry» آن‌ها «Point» است
    [case] «type» باید «FeatureCollection» باشد، پیدا شد: «{ $found }» (به حروف بزرگ و کوچک توجه کنید)
   *[other] GeoJSON FeatureCollection نیست: «type» برابر «{ $found }» است، انتظار می‌رود «FeatureCollection» باشد
  }
p-root-not-object = فایل یک GeoJSON FeatureCollection {"{"}"type": "FeatureCollection", "features": [ … ]{"}"} نیست، بلکه { $found } است
p-no-feature-list = «features» وجود ندارد یا فهرست نیست
p-found = { $found ->
    [null] null
    [bool] { $value }
    [number] عدد { $value }
    [text] متن "{ $value }"
    [list] فهرست […]
   *[object] شیء {"{"}…{"}"}
  }
p-feature-not-object = GeoJSON Feature نیست: انتظار می‌رود یک شیء {"{"}"type": "Feature", …{"}"} باشد، پیدا شد: { $found }
p-missing-member = { $member ->
    [collection-type] «type» وجود ندارد (مورد انتظار: «FeatureCollection»)
    [feature-type] «type» وجود ندارد (مورد انتظار: «Feature»)
    [geometry-type] «type» هندسه وجود ندارد (برای یک مکان: «Point»)
    [coordinates] «coordinates» هندسه وجود ندارد
    [geometries] «geometries» در GeometryCollection وجود ندارد
   *[other] «{ $key }» وجود ندارد
  }
p-wrong-type-name = «type» باید «{ $expected }» باشد، پیدا شد: { $found }{ $hint ->
    [case] {" "}(به حروف بزرگ و کوچک توجه کنید)
   *[none] {""}
  }
p-unknown-geometry = نوع هندسه ناشناخته: { $found }{ $suggestion ->
    [none] {" "}(ممکن: Point، MultiPoint، LineString، MultiLineString، Polygon، MultiPolygon، GeometryCollection؛ یک مکان روی نقشه «Point» است)
   *[other] {" "}– احتمالاً منظور «{ $suggestion }» است (به حروف بزرگ و کوچک توجه کنید)
  }
p-wrong-value = «{ $member }» باید { $expected ->
    [object-or-null] یک شیء {"{"}…{"}"} یا null
    [list] یک فهرست […]
    [text-or-number] یک متن یا یک عدد
    [numbers] فهرستی از اعداد
    [geometries] فهرستی از شیءهای هندسه {"{"}"type": …{"}"}
   *[object] یک شیء {"{"}…{"}"}
  } باشد، پیدا شد: { $found }
p-coordinates-shape = «coordinates» در { $geometry }: اینجا { $depth ->
    [0] یک موقعیت [طول، عرض]
    [1] فهرستی از موقعیت‌ها [[طول، عرض]، …]
    [2] فهرستی از خط‌ها [[[طول، عرض]، …]، …]
   *[other] فهرستی از چندضلعی‌ها [[[[طول، عرض]، …]، …]، …]
  } انتظار می‌رود، پیدا شد: { $found }
p-coordinate-not-number = مختصات باید عدد باشد، پیدا شد: { $found }
p-position-too-short = یک موقعیت به دو عدد [طول، عرض] نیاز دارد، پیدا شد: { $n ->
    [0] یک فهرست خالی
    [one] فقط یک عدد
   *[other] { $n } عدد
  }
p-missing-geometry = هندسه وجود ندارد
p-not-a-point = هندسه Point نیست، بلکه { $found } است
p-out-of-range = مختصات [{ $lon }, { $lat }] خارج از محدوده معتبر است (طول جغرافیایی از −180 تا 180، عرض جغرافیایی از −90 تا 90)
p-missing = فیلد الزامی «{ $field }» وجود ندارد
p-empty = فیلد الزامی «{ $field }» خالی است
p-wrong-type = «{ $field }» باید { $expected ->
    [text] یک متن
    [list] فهرستی از متن‌ها
    [year] یک سال آموزش حرفه‌ای مانند 2027 یا «2027/28»
   *[other] { $expected }
  } باشد
p-unknown-category = دسته‌بندی «{ $value }» ناشناخته است (دسته‌بندی‌های شناخته‌شده: { $known })
p-duplicate-id = شناسه «{ $id }» تکراری است (قبلاً در { $file } آمده است)
p-invalid-website = «website» آدرس http(s) نیست و لینک داده نمی‌شود: «{ $value }»
p-invalid-email = «email» آدرس ایمیل نیست: «{ $value }»
p-invalid-phone = «phone» شماره تلفن نیست: «{ $value }»
p-invalid-wheelchair = «wheelchair» باید yes، limited یا no باشد، نه «{ $value }»
p-invalid-date = «{ $field }» تاریخی با قالب YYYY-MM-DD نیست: «{ $value }»
p-invalid-date-time = «{ $field }» زمان خوانایی نیست: «{ $value }» (مجاز: 2027-01-16، 2027-01-16T18:00 به وقت آلمان، یا با منطقه زمانی مانند 2027-01-16T18:00:00+01:00)
p-end-before-start = «{ $field }» پیش از شروع است: { $end } زودتر از { $start } است. نقشه پایان را نشان نمی‌دهد.
p-invalid-config = تنظیمات نامعتبر: { $message }
p-invalid-template = «basemap.url» الگوی معتبری برای کاشی‌های نقشه نیست: { $message }
p-invalid-color = رنگ «{ $value }» در دسته‌بندی «{ $category }» رنگی مانند #1a6b3c نیست
p-duplicate-category = دسته‌بندی «{ $id }» تکراری است
p-no-categories = «categories» خالی است
p-invalid-center = «center» باید [طول، عرض] در WGS 84 باشد
p-invalid-zoom = «zoom» { $value } بین 0 و 22 نیست

## Phone view, hints on the map, actions
search-region = جستجوی مکان‌ها
view-switch = نما
view-map = نقشه
view-list = فهرست
loading-map = در حال بارگذاری نقشه …
no-results-map = هیچ مکانی با جستجو و فیلترها جور نمی‌آید.
hint-wheel = برای بزرگ‌نمایی از Ctrl (Strg) + چرخ ماوس استفاده کنید
hint-wheel-apple = برای بزرگ‌نمایی از ⌘ + چرخ ماوس استفاده کنید
hint-two-fingers = نقشه را با دو انگشت حرکت دهید
tiles-failed = نقشه پس‌زمینه در دسترس نیست
consent-title = نقشه پس‌زمینه
consent-skip = ادامه بدون نقشه پس‌زمینه
consent-again = پیشنهاد دوباره نقشه پس‌زمینه
basemap-toggle = نقشه پس‌زمینه
action-call = تماس
action-route = مسیر
action-website = وب‌سایت
action-email = ایمیل

## Search, filters, list
search-label = جستجو بر اساس نام، شغل، برنامه یا شهر
search-label-short = جستجو
search-placeholder = مثلاً Einzelhandel، Buchholz …
places-found = { $n } { $count ->
    [one] مکان
   *[other] مکان
  } پیدا شد
quick-title = شروع سریع
quick-pupils = من دانش‌آموز هستم
quick-pupils-hint = آشنایی با مشاغل (Berufsorientierung)، کارآموزی (Praktikum) و جاهای آموزش حرفه‌ای (Ausbildungsplätze) برای دانش‌آموزان.
quick-parents = والدین
quick-parents-hint = مشاوره و راهنمایی برای والدینی که فرزندان خود را در راه ورود به زندگی شغلی همراهی می‌کنند.
quick-adults = بزرگسالان / آموزش تکمیلی
quick-adults-hint = آموزش تکمیلی (Weiterbildung)، بازآموزی حرفه‌ای (Umschulung) و مشاوره برای بزرگسالان.
quick-newcomers = تازه در آلمان
quick-newcomers-hint = مشاوره برای مهاجران، از جمله درباره به رسمیت شناختن مدارک خارجی (Anerkennung).
filters = فیلترها
filter-town = شهر یا شهرک
filter-town-all = همه شهرها و شهرک‌ها
filter-offer = شغل یا برنامه
filter-offer-hint = هنگام تایپ، پیشنهادها نمایش داده می‌شوند؛ بخشی از نام شغل یا شکل دیگری از آن هم آن را پیدا می‌کند (مثلاً «Tischlerin» یا «Kauffrau»).
filter-audience = گروه هدف
filter-stage = مسیر آموزشی
filter-clear = پاک کردن { $name }
filter-reset = پاک کردن همه فیلترها
results = فهرست نتایج
sort-by = مرتب‌سازی بر اساس
sort-name = نام
sort-distance = فاصله
list-in-view = فقط مکان‌های داخل محدوده نقشه
show-more = نمایش { $n } مورد دیگر
no-results = هیچ مکانی پیدا نشد. لطفاً جستجو را تغییر دهید یا فیلترها را پاک کنید.
distance = { $km } کیلومتر فاصله
near-me = نزدیک من
open-now-filter = فقط مکان‌هایی که اکنون باز هستند
open-now-hint = بر اساس ساعات کاری، به وقت آلمان و با در نظر گرفتن تعطیلات رسمی ایالت نیدرزاکسن (Niedersachsen). مکان‌هایی که ساعات کاری ندارند، در این حالت نشان داده نمی‌شوند.
hours-now = اکنون
hours-open = باز، تا ساعت { $time }
hours-open-always = شبانه‌روزی باز
hours-closed = بسته
hours-ph = تعطیل رسمی
hours-opens-today = بسته، امروز ساعت { $time } باز می‌شود
hours-opens-tomorrow = بسته، فردا ساعت { $time } باز می‌شود
hours-opens-day = بسته، { $day } ساعت { $time } باز می‌شود
hours-opens-date = بسته، در { $date } ساعت { $time } باز می‌شود
hours-unknown = ساعات کاری نامعلوم
hours-holiday = امروز تعطیل رسمی است: { $name }.
weekday-0 = دوشنبه
weekday-1 = سه‌شنبه
weekday-2 = چهارشنبه
weekday-3 = پنجشنبه
weekday-4 = جمعه
weekday-5 = شنبه
weekday-6 = یکشنبه
near-place = کد پستی یا شهر
near-place-hint = مثلاً 21244 یا Buchholz. آنچه وارد می‌کنید در مرورگر شما می‌ماند.
near-radius = شعاع
near-radius-any = کل منطقه
near-radius-km = { $km } کیلومتر
near-clear = حذف مکان
near-unknown = نقشه «{ $text }» را نمی‌شناسد. لطفاً یک کد پستی یا یک شهر از این منطقه را از فهرست انتخاب کنید.
near-summary = { $n } { $count ->
    [one] مکان
   *[other] مکان
  } در شعاع { $km } کیلومتری { $place }.
near-from = فاصله‌ها از { $place }.
near-plus-remote = به‌علاوه { $n } مورد بدون مکان ثابت.
near-still = همچنان برقرار است: { $place }.
near-me-busy = در حال یافتن موقعیت شما …
# $reason: refused (the visitor or the browser did not allow it), timeout, or anything else.
near-me-denied = موقعیت شما در دسترس نیست ({ $reason ->
        [refused] اجازه داده نشد
        [timeout] زمان تمام شد
       *[other] مرورگر نمی‌تواند آن را تعیین کند
    }). نقشه بدون آن هم کار می‌کند.
near-me-ok = فهرست بر اساس فاصله مرتب شد. موقعیت شما در مرورگر شما می‌ماند.
my-position = موقعیت شما
directions = مسیریابی
directions-hvv = با وسایل نقلیه عمومی (برنامه سفر HVV)
directions-osm = مسیر در OpenStreetMap
copy-link = کپی لینک
link-copied = لینک کپی شد
cluster-label = { $n } { $count ->
    [one] مکان
   *[other] مکان
  }
cluster-list = مکان‌ها در این نقطه

## Saved list, comparison, print view
mark = نشان کردن
marks-full = فهرست مکان‌های نشان‌شده پر است (حداکثر { $max } مکان). لطفاً اول یک مکان را حذف کنید.
marks-title = مکان‌های نشان‌شده
mark-remove = حذف { $name } از مکان‌های نشان‌شده
mark-remove-short = حذف
mark-compare = مقایسه
marks-missing = { $count ->
    [one] { $count } مکان نشان‌شده در داده‌ها نیست (یا دیگر نیست).
   *[other] { $count } مکان نشان‌شده در داده‌ها نیستند (یا دیگر نیستند).
}
marks-empty = هنوز هیچ مکانی را نشان نکرده‌اید. در جزئیات هر مکان می‌توانید آن را با «نشان کردن» به این فهرست، یعنی مکان‌های نشان‌شده (Merkliste)، اضافه کنید. این فهرست فقط در آدرس صفحه است: هر کس لینک را داشته باشد، آن را هم می‌بیند؛ هیچ چیزی ذخیره نمی‌شود.
marks-compare-hint = با «مقایسه» تا { $max } مکان را کنار هم بگذارید.
compare-full = حداکثر { $max } مکان را می‌توان مقایسه کرد. لطفاً اول یکی را بردارید.
marks-print = چاپ مکان‌های نشان‌شده
field-distance = فاصله
compare-next-date = رویداد بعدی
compare-title = مقایسه { $count } مکان
list-print = چاپ فهرست
sheet-marks = مکان‌های نشان‌شده
sheet-list = فهرست مکان‌ها
sheet-first = { $shown } مکان اول از { $total } مکان
sheet-count = { $count ->
    [one] { $count } مکان
   *[other] { $count } مکان
}
sheet-date = تاریخ: { $date }
sheet-print = چاپ
sheet-close = بازگشت به نقشه
sheet-map = نقشه مکان‌ها، با همان شماره‌های فهرست
