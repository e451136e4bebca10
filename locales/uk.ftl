# Bildungskarte – Ukrainian texts. Keys and placeholders must match de.ftl.

## Map
map-label = Карта: { $n } { $count ->
    [one] місце
    [few] місця
    [many] місць
   *[other] місця
  }; у списку ті самі місця
map-hint = Переміщуйте карту клавішами зі стрілками, масштабуйте клавішами «плюс» і «мінус». Місця на карті є кнопками.
zoom-in = Збільшити
zoom-out = Зменшити
loading = Завантаження даних …
places-count = { $n } { $count ->
    [one] місце
    [few] місця
    [many] місць
   *[other] місця
  }
skip-map = Пропустити карту
# The language menu: its name (the widget's own language, with "Language" after it where that is
# not English, so a visitor who does not read it still finds the menu) and what it says when a
# language's file does not arrive.
lang-label = Мова (Language)
lang-failed = Не вдалося завантажити мову. Будь ласка, виберіть її ще раз пізніше.
consent-load = Завантажити фонову карту
consent-note = Завантажити фонову карту з сервера { $provider }? Лише після цього туди буде передано дані.
privacy-link = Політика конфіденційності
widget-label = { $title }

## Legend
legend = Категорії

## Details
close = Закрити
close-notice = Закрити повідомлення
sheet-full = Деталі на всю висоту
field-category = Категорія
field-address = Адреса
field-phone = Телефон
field-email = Електронна пошта
field-website = Вебсайт
new-tab = (відкривається в новій вкладці)
field-offers = Пропозиції
offer-link = (опис у BERUFENET від Bundesagentur für Arbeit, німецькою мовою, відкривається в новій вкладці)
offer-with-year = { $offer }, початок навчання { $year }
offer-link-note = Пропозиції ведуть до їх опису в BERUFENET (сервіс Bundesagentur für Arbeit – Федерального агентства з питань праці, німецькою мовою).
field-recognition = Іноземний диплом
recognition-finder = Anerkennungs-Finder: хто перевіряє мій диплом?
field-audiences = Для кого
field-stages = Освітній шлях
field-opening-hours = Години роботи
field-wheelchair = Крісло колісне
field-updated = Оновлено
field-events = Події
field-modes = Способи зв’язку
mode-phone = Телефон
mode-video = Відео
mode-online = Онлайн
mode-mobile = Виїзні консультації (напр. у школах)
mode-on_site = Особисто
without-place = Без постійної адреси
without-place-hint = Консультації телефоном, відео чи онлайн, а також виїзні прийоми: їх немає на карті, вони доступні звідусіль.
filter-mode = Спосіб зв’язку
events-title = Події
events-intro = Найближчі події в місцях, які зараз показано на карті та в списку.
events-kind = Тип події
events-kind-all = Усі типи
events-month = Місяць
events-month-all = Усі місяці
events-none = У показаних місцях найближчих подій немає.
events-none-chosen = Подій цього типу в обраному місяці немає.
event-ics = Додати до календаря (файл .ics)
event-more = Докладніше
event-at = у
event-kind-open_day = День відкритих дверей
event-kind-info_evening = Інформаційний вечір
event-kind-internship_week = Тиждень практики
event-kind-fair = Ярмарок
event-kind-course_start = Початок курсу
event-kind-training_start = Початок навчання
event-kind-deadline = Кінцевий строк заявок
event-time = { $time }
month-1 = Січень
month-2 = Лютий
month-3 = Березень
month-4 = Квітень
month-5 = Травень
month-6 = Червень
month-7 = Липень
month-8 = Серпень
month-9 = Вересень
month-10 = Жовтень
month-11 = Листопад
month-12 = Грудень
field-source = Джерело
wheelchair-yes = доступно для крісел колісних
wheelchair-limited = частково доступно для крісел колісних
wheelchair-no = недоступно для крісел колісних
audience-pupils = Учні
audience-parents = Батьки
audience-adults = Дорослі
audience-immigrants = Мігранти
audience-employers = Роботодавці
audience-teachers = Вчителі
stage-orientation = Профорієнтація
stage-internship = Практика
stage-apprenticeship = Професійне навчання
stage-further_education = Підвищення кваліфікації
stage-recognition = Визнання іноземних дипломів

## Search words: never shown. Searching for one of them (or the start of one) finds the places with
## that audience or stage, whatever language the page shows. Separated by spaces; add more freely.
search-audience-pupils = учні учнів учень учениця учениці школярі школярів школяр школярка школа діти дітей підлітки молодь Schüler
search-audience-parents = батьки батьків батько мати мама тато родина родини сім’я сім’ї Eltern
search-audience-adults = дорослі дорослих дорослий працівники працюючі перекваліфікація Erwachsene
search-audience-immigrants = мігранти мігрантів мігрант мігрантка міграція іммігранти біженці біженців біженець біженка переселенці новоприбулі Flüchtlinge Geflüchtete
search-audience-employers = роботодавці роботодавців роботодавець підприємства підприємство компанії компанія фірми фірма бізнес Arbeitgeber
search-audience-teachers = вчителі вчителів вчитель вчителька учителі учитель педагоги педагог викладачі викладач Lehrer Lehrkräfte
search-stage-orientation = профорієнтація орієнтація вибір професії професія професій кар’єра Berufsorientierung
search-stage-internship = практика практики стажування практикант практикантка Praktikum
search-stage-apprenticeship = професійне навчання профнавчання професія ремесло аусбільдунг Ausbildung Azubi азубі
search-stage-further_education = підвищення кваліфікації перекваліфікація курси курс освіта дорослих Weiterbildung Umschulung
search-stage-recognition = визнання диплом дипломи кваліфікація кваліфікації атестат документи нострифікація підтвердження Anerkennung

## Notices
config-failed = Не вдалося завантажити карту: { $reason }
config-foreign = «{ $path }» розміщено не на цьому сервері ({ $origin })
bad-address = «{ $path }» – недійсна адреса
file-problem = «{ $file }»: { $message }
file-missing = Бракує місць із «{ $file }»: { $message }
retry = Спробувати ще раз
part-loading = Завантаження …
part-failed = Ця частина карти не завантажилася.
retrying = Повторне завантаження …
skipped = { $count ->
    [one] У файлі «{ $file }» пропущено { $n } запис:
    [few] У файлі «{ $file }» пропущено { $n } записи:
    [many] У файлі «{ $file }» пропущено { $n } записів:
   *[other] У файлі «{ $file }» пропущено { $n } запису:
  }
# For visitors: one plain line per kind of trouble (editors see the details with ?notices=all).
trouble-map = Зараз не вдається завантажити карту.
trouble-map-broken = Наразі карту неможливо показати. Будь ласка, спробуйте пізніше.
trouble-unavailable = Деякі місця зараз неможливо показати ({ $files }).
trouble-unavailable-still = Деякі місця досі неможливо показати ({ $files }). Будь ласка, спробуйте пізніше.
trouble-broken = Деяких місць бракує, бо файл містить помилку ({ $files }). Будь ласка, повідомте про це адміністрацію цього сайту.
link-place-missing = Місця з посилання на цій карті немає.
trouble-incomplete = { $count ->
    [one] { $n } запис неповний і не показується.
    [few] { $n } записи неповні й не показуються.
    [many] { $n } записів неповні й не показуються.
   *[other] { $n } запису неповні й не показуються.
  }
trouble-base = Межі та назви населених пунктів на карті зараз неможливо показати.
notices-more = { $count ->
    [one] ще { $n } повідомлення
    [few] ще { $n } повідомлення
    [many] ще { $n } повідомлень
   *[other] ще { $n } повідомлення
  }
notices-fewer = Менше повідомлень

## Problems in configuration and data (also for the editors' checker)
at-feature = Запис { $n }
at-feature-named = Запис { $n } («{ $place }»)
p-no-answer = файл не надійшов вчасно (сервер нічого не надсилав { $secs } с)
p-not-found = файл не знайдено (помилка 404)
p-server-error = на сервері зараз проблема (помилка { $code })
p-http-error = сервер не видає файл (помилка { $code })
p-connection = з’єднання із сервером обірвалося
p-invalid-layer = шар карти неможливо прочитати ({ $message })
p-invalid-json = недійсний JSON у рядку { $line }, стовпці { $column }: { $syntax ->
    [eof-object] файл закінчується раніше, ніж об’єкт закрито знаком «{"}"}» (обрізано?)
    [eof-list] файл закінчується раніше, ніж список закрито знаком «]» (обрізано?)
    [eof-string] файл закінчується посеред тексту: бракує закривної лапки "
    [eof-value] файл закінчується там, де ще має бути значення (він порожній чи обрізаний?)
    [comma-or-brace] тут бракує коми перед наступним записом або закривної дужки «{"}"}»
    [comma-or-bracket] тут бракує коми перед наступним елементом списку або закривної дужки «]»
    [colon] після назви бракує двокрапки «:»
    [value] тут очікується значення: текст у "…", число, true, false, null, об’єкт {"{"}…{"}"} або список […]
    [quote] тут очікується текст у подвійних лапках "…"
    [key] тут очікується назва в подвійних лапках, напр. "name"
    [trailing-comma] після останнього запису зайва кома
    [html] сервер надіслав вебсторінку (HTML) замість даних: чи правильна адреса файлу?
    [trailing-characters] після кінця даних є ще щось
    [control-character] у тексті є розрив рядка або табуляція; усередині "…" пишіть їх як \n або \t
    [escape] зворотна скісна риска \ у тексті не починає допустимого символу (саму риску пишіть як \\)
    [number] недійсне число (десяткова крапка, а не кома; без нуля на початку, як у 07; не надто велике)
    [too-deep] дані мають надто глибоку вкладеність
   *[other] у цьому місці текст не є дійсним JSON
  }
p-not-feature-collection = { $kind ->
    [feature] файл містить один Feature; очікується FeatureCollection, у списку «features» якої він міститься: {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}
    [geometry] файл містить лише геометрію («{ $found }»); очікується FeatureCollection із Features, у яких «geometry» – це «Point»
    [case] «type» має бути «FeatureCollection», знайдено: «{ $found }» (зважайте на великі й малі літери)
   *[other] це не GeoJSON FeatureCollection: «type» – «{ $found }», а очікується «FeatureCollection»
  }
p-root-not-object = файл не є GeoJSON FeatureCollection {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}, а { $found }
p-no-feature-list = «features» бракує або це не список
p-found = { $found ->
    [null] null
    [bool] { $value }
    [number] число { $value }
    [text] текст "{ $value }"
    [list] список […]
   *[object] об’єкт {"{"}…{"}"}
  }
p-feature-not-object = не GeoJSON Feature: очікується об’єкт {"{"}"type": "Feature", …{"}"}, знайдено: { $found }
p-missing-member = { $member ->
    [collection-type] бракує «type» (очікується: «FeatureCollection»)
    [feature-type] бракує «type» (очікується: «Feature»)
    [geometry-type] бракує «type» геометрії (для місця: «Point»)
    [coordinates] бракує «coordinates» геометрії
    [geometries] бракує «geometries» у GeometryCollection
   *[other] бракує «{ $key }»
  }
p-wrong-type-name = «type» має бути «{ $expected }», знайдено: { $found }{ $hint ->
    [case] {" "}(зважайте на великі й малі літери)
   *[none] {""}
  }
p-unknown-geometry = невідомий тип геометрії: { $found }{ $suggestion ->
    [none] {" "}(можливі: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection; місце на карті – це «Point»)
   *[other] {" "}– мабуть, мається на увазі «{ $suggestion }» (зважайте на великі й малі літери)
  }
p-wrong-value = «{ $member }» має бути { $expected ->
    [object-or-null] об’єктом {"{"}…{"}"} або null
    [list] списком […]
    [text-or-number] текстом або числом
    [numbers] списком чисел
    [geometries] списком об’єктів геометрії {"{"}"type": …{"}"}
   *[object] об’єктом {"{"}…{"}"}
  }, знайдено: { $found }
p-coordinates-shape = «coordinates» для { $geometry }: тут очікується { $depth ->
    [0] позиція [довгота, широта]
    [1] список позицій [[довгота, широта], …]
    [2] список ліній [[[довгота, широта], …], …]
   *[other] список полігонів [[[[довгота, широта], …], …], …]
  }, знайдено: { $found }
p-coordinate-not-number = координата має бути числом, знайдено: { $found }
p-position-too-short = позиції потрібні два числа [довгота, широта], знайдено: { $n ->
    [0] порожній список
    [one] лише { $n } число
    [few] лише { $n } числа
    [many] { $n } чисел
   *[other] { $n } числа
  }
p-missing-geometry = бракує геометрії
p-not-a-point = геометрія не Point, а { $found }
p-out-of-range = координати [{ $lon }, { $lat }] поза допустимим діапазоном (довгота від −180 до 180, широта від −90 до 90)
p-missing = бракує обов’язкового поля «{ $field }»
p-empty = обов’язкове поле «{ $field }» порожнє
p-wrong-type = «{ $field }» має бути { $expected ->
    [text] текстом
    [list] списком текстів
    [year] навчальним роком, як-от 2027 або «2027/28»
   *[other] { $expected }
  }
p-unknown-category = категорія «{ $value }» невідома (відомі: { $known })
p-duplicate-id = ID «{ $id }» повторюється (уже є в { $file })
p-invalid-website = «website» не є адресою http(s) і не стане посиланням: «{ $value }»
p-invalid-email = «email» не є адресою електронної пошти: «{ $value }»
p-invalid-phone = «phone» не є номером телефону: «{ $value }»
p-invalid-wheelchair = «wheelchair» має бути yes, limited або no, а не «{ $value }»
p-invalid-date = «{ $field }» не є датою у форматі РРРР-ММ-ДД: «{ $value }»
p-invalid-date-time = «{ $field }» не є зрозумілим моментом часу: «{ $value }» (дозволено: 2027-01-16, 2027-01-16T18:00 за німецьким часом або з часовим поясом, як-от 2027-01-16T18:00:00+01:00)
p-end-before-start = «{ $field }» раніше за початок: { $end } раніше, ніж { $start }. Карта не показує кінець.
p-invalid-config = недійсна конфігурація: { $message }
p-invalid-template = «basemap.url» не є дійсним шаблоном тайлів: { $message }
p-invalid-color = колір «{ $value }» категорії «{ $category }» не є кольором на зразок #1a6b3c
p-duplicate-category = категорія «{ $id }» повторюється
p-no-categories = список «categories» порожній
p-invalid-center = «center» має бути [довгота, широта] у WGS 84
p-invalid-zoom = «zoom» { $value } не в межах від 0 до 22

## Phone view, hints on the map, actions
search-region = Пошук місць
view-switch = Вигляд
view-map = Карта
view-list = Список
loading-map = Карта завантажується …
no-results-map = Жодне місце не відповідає пошуку й фільтрам.
hint-wheel = Для масштабування використовуйте Ctrl + коліщатко миші
hint-wheel-apple = Для масштабування використовуйте ⌘ + коліщатко миші
hint-two-fingers = Переміщуйте карту двома пальцями
tiles-failed = Фонова карта недоступна
consent-title = Фонова карта
consent-skip = Продовжити без фонової карти
consent-again = Запропонувати фонову карту
basemap-toggle = Фонова карта
action-call = Зателефонувати
action-route = Маршрут
action-website = Вебсайт
action-email = Ел. пошта

## Search, filters, list
search-label = Пошук за назвою, професією, пропозицією або населеним пунктом
search-label-short = Пошук
search-placeholder = напр. Einzelhandel, Buchholz …
places-found = Знайдено { $n } { $count ->
    [one] місце
    [few] місця
    [many] місць
   *[other] місця
  }
quick-title = Швидкий старт
quick-pupils = Я учень / учениця
quick-pupils-hint = Профорієнтація (Berufsorientierung), практика (Praktikum) і місця професійного навчання (Ausbildungsplatz) для учнів.
quick-parents = Батьки
quick-parents-hint = Консультації та орієнтація, щоб батьки могли супроводжувати своїх дітей на шляху до професії.
quick-adults = Дорослі / підвищення кваліфікації
quick-adults-hint = Підвищення кваліфікації (Weiterbildung), перекваліфікація (Umschulung) і консультації для дорослих.
quick-newcomers = Нещодавно в Німеччині
quick-newcomers-hint = Консультації для мігрантів (Migrationsberatung), зокрема щодо визнання іноземних дипломів (Anerkennung).
filters = Фільтри
filter-town = Місто або громада
filter-town-all = Усі міста й громади
filter-offer = Професія або пропозиція
filter-offer-hint = Підказки з’являються під час введення; професію можна знайти й за частиною назви чи іншою формою слова («Tischlerin», «Kauffrau»).
filter-audience = Для кого
filter-stage = Освітній шлях
filter-clear = Скинути: { $name }
filter-reset = Скинути всі фільтри
results = Результати
sort-by = Сортувати за
sort-name = Назва
sort-distance = Відстань
list-in-view = Лише місця в межах карти
show-more = Показати ще { $n }
no-results = Місць не знайдено. Змініть пошук або скиньте фільтри.
distance = за { $km } км
near-me = Поруч зі мною
open-now-filter = Лише відчинені зараз
open-now-hint = За годинами роботи, за німецьким часом, з урахуванням святкових днів у Нижній Саксонії. Місця без зазначених годин роботи не показуються.
hours-now = Зараз
hours-open = відчинено до { $time }
hours-open-always = відчинено цілодобово
hours-closed = зачинено
hours-ph = святковий день
hours-opens-today = зачинено, відчиниться сьогодні о { $time }
hours-opens-tomorrow = зачинено, відчиниться завтра о { $time }
hours-opens-day = зачинено, відчиниться: { $day }, { $time }
hours-opens-date = зачинено, відчиниться { $date } о { $time }
hours-unknown = Години роботи невідомі
hours-holiday = Сьогодні святковий день ({ $name }).
weekday-0 = Пн
weekday-1 = Вт
weekday-2 = Ср
weekday-3 = Чт
weekday-4 = Пт
weekday-5 = Сб
weekday-6 = Нд
near-place = Індекс або місто
near-place-hint = Наприклад, 21244 або Buchholz. Введене залишається у вашому браузері.
near-radius = Радіус
near-radius-any = увесь район
near-radius-km = { $km } км
near-clear = Прибрати місце
near-unknown = Карта не знає «{ $text }». Будь ласка, виберіть зі списку поштовий індекс або населений пункт району.
near-summary = { $n } { $count ->
    [one] місце
    [few] місця
    [many] місць
   *[other] місця
  } у радіусі { $km } км (центр: { $place }).
near-from = Відстані відраховано від: { $place }.
near-plus-remote = А також { $n } без постійної адреси.
near-still = Досі діє: { $place }.
near-me-busy = Визначення місцезнаходження …
# $reason: refused (the visitor or the browser did not allow it), timeout, or anything else.
near-me-denied = Ваше місцезнаходження недоступне ({ $reason ->
        [refused] доступ не надано
        [timeout] час очікування минув
       *[other] браузер не може його визначити
    }). Карта працює і без нього.
near-me-ok = Список відсортовано за відстанню. Ваше місцезнаходження залишається у вашому браузері.
my-position = Ваше місцезнаходження
directions = Як дістатися
directions-hvv = Автобусом і потягом (розклад HVV)
directions-osm = Маршрут на OpenStreetMap
copy-link = Копіювати посилання
link-copied = Посилання скопійовано
cluster-label = { $n } { $count ->
    [one] місце
    [few] місця
    [many] місць
   *[other] місця
  }
cluster-list = Місця в цій точці

## Saved list, comparison, print view
mark = Зберегти
marks-full = Список збережених місць заповнено (максимум { $max }). Спочатку видаліть одне місце.
marks-title = Збережені місця
mark-remove = Видалити { $name } зі збережених місць
mark-remove-short = Видалити
mark-compare = Порівняти
marks-missing = { $count ->
    [one] { $count } збережене місце відсутнє в даних (можливо, його видалено).
    [few] { $count } збережені місця відсутні в даних (можливо, їх видалено).
    [many] { $count } збережених місць відсутні в даних (можливо, їх видалено).
   *[other] { $count } збереженого місця відсутні в даних (можливо, їх видалено).
}
marks-empty = Ви ще не зберегли жодного місця. У деталях місця натисніть «Зберегти», щоб додати його до збережених місць (Merkliste). Список існує лише в адресі сторінки: хто отримає посилання, теж його побачить; більше ніде дані не зберігаються.
marks-compare-hint = Натисніть «Порівняти», щоб поставити поруч до { $max } місць.
compare-full = Максимум для порівняння: { $max }. Спочатку приберіть одне місце.
marks-print = Друкувати збережені місця
field-distance = Відстань
compare-next-date = Найближча подія
compare-title = Порівняння { $count } { $count ->
    [one] місця
    [few] місць
    [many] місць
   *[other] місця
}
list-print = Друкувати список
sheet-marks = Збережені місця
sheet-list = Список місць
sheet-first = перші { $shown } (усього місць: { $total })
sheet-count = { $count ->
    [one] { $count } місце
    [few] { $count } місця
    [many] { $count } місць
   *[other] { $count } місця
}
sheet-date = Станом на { $date }
sheet-print = Друкувати
sheet-close = Назад до карти
sheet-map = Карта місць із тими самими номерами, що й у списку
