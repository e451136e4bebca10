# Bildungskarte – Russian texts. Keys and placeholders must match de.ftl.

## Map
map-label = Карта: { $n } { $count ->
    [one] место
    [few] места
    [many] мест
   *[other] места
  }; в списке те же места
map-hint = Перемещайте карту клавишами со стрелками, масштабируйте клавишами «плюс» и «минус». Места на карте являются кнопками.
zoom-in = Увеличить
zoom-out = Уменьшить
loading = Загрузка данных …
places-count = { $n } { $count ->
    [one] место
    [few] места
    [many] мест
   *[other] места
  }
skip-map = Пропустить карту
# The language menu: its name (the widget's own language, with "Language" after it where that is
# not English, so a visitor who does not read it still finds the menu) and what it says when a
# language's file does not arrive.
lang-label = Язык (Language)
lang-failed = Не удалось загрузить язык. Пожалуйста, выберите его еще раз позже.
consent-load = Загрузить фоновую карту
consent-note = Загрузить фоновую карту с сервера { $provider }? Только после этого туда будут переданы данные.
privacy-link = Политика конфиденциальности
widget-label = { $title }

## Legend
legend = Категории

## Details
close = Закрыть
close-notice = Закрыть сообщение
sheet-full = Подробности во всю высоту
field-category = Категория
field-address = Адрес
field-phone = Телефон
field-email = Электронная почта
field-website = Сайт
new-tab = (открывается в новой вкладке)
field-offers = Предложения
offer-link = (описание в BERUFENET от Bundesagentur für Arbeit, на немецком языке, открывается в новой вкладке)
offer-with-year = { $offer }, начало обучения { $year }
offer-link-note = Предложения ведут к их описанию в BERUFENET (сервис Bundesagentur für Arbeit – Федерального агентства по труду, на немецком языке).
field-recognition = Иностранный диплом
recognition-finder = Anerkennungs-Finder: кто проверяет мой диплом?
field-audiences = Для кого
field-stages = Образовательный путь
field-opening-hours = Часы работы
field-wheelchair = Инвалидная коляска
field-updated = Обновлено
field-events = События
field-modes = Способы связи
mode-phone = Телефон
mode-video = Видео
mode-online = Онлайн
mode-mobile = Выездные консультации (напр. в школах)
mode-on_site = Лично
without-place = Без постоянного адреса
without-place-hint = Консультации по телефону, по видео или онлайн, а также выездные приемы: их нет на карте, они доступны отовсюду.
filter-mode = Способ связи
events-title = События
events-intro = Ближайшие события в местах, которые сейчас показаны на карте и в списке.
events-kind = Тип события
events-kind-all = Все типы
events-month = Месяц
events-month-all = Все месяцы
events-none = В показанных местах ближайших событий нет.
events-none-chosen = Событий этого типа в выбранном месяце нет.
event-ics = Добавить в календарь (файл .ics)
event-more = Подробнее
event-at = в
event-kind-open_day = День открытых дверей
event-kind-info_evening = Информационный вечер
event-kind-internship_week = Неделя практики
event-kind-fair = Ярмарка
event-kind-course_start = Начало курса
event-kind-training_start = Начало обучения
event-kind-deadline = Крайний срок заявок
event-time = { $time }
month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь
field-source = Источник
wheelchair-yes = доступно для инвалидных колясок
wheelchair-limited = частично доступно для инвалидных колясок
wheelchair-no = недоступно для инвалидных колясок
audience-pupils = Школьники
audience-parents = Родители
audience-adults = Взрослые
audience-immigrants = Мигранты
audience-employers = Работодатели
audience-teachers = Учителя
stage-orientation = Профориентация
stage-internship = Практика
stage-apprenticeship = Профессиональное обучение
stage-further_education = Повышение квалификации
stage-recognition = Признание иностранных дипломов

## Search words: never shown. Searching for one of them (or the start of one) finds the places with
## that audience or stage, whatever language the page shows. Separated by spaces; add more freely.
search-audience-pupils = школьники школьников школьник школьница ученики учеников ученик ученица учащиеся школа дети детей подростки молодежь молодёжь Schüler
search-audience-parents = родители родителей родитель мать мама отец папа семья семьи Eltern
search-audience-adults = взрослые взрослых взрослый работающие переквалификация Erwachsene
search-audience-immigrants = мигранты мигрантов мигрант мигрантка миграция иммигранты беженцы беженцев беженец беженка переселенцы приезжие Flüchtlinge Geflüchtete
search-audience-employers = работодатели работодателей работодатель предприятия предприятие компании компания фирмы фирма бизнес Arbeitgeber
search-audience-teachers = учителя учителей учитель учительница педагоги педагог преподаватели преподаватель Lehrer Lehrkräfte
search-stage-orientation = профориентация ориентация выбор профессии профессия профессий карьера Berufsorientierung
search-stage-internship = практика практики стажировка практикант практикантка Praktikum
search-stage-apprenticeship = профессиональное обучение профобучение профессия ремесло аусбильдунг Ausbildung Azubi азуби
search-stage-further_education = повышение квалификации переквалификация переобучение курсы курс образование взрослых Weiterbildung Umschulung
search-stage-recognition = признание диплом дипломы квалификация квалификации аттестат документы нострификация подтверждение Anerkennung

## Notices
config-failed = Не удалось загрузить карту: { $reason }
config-foreign = «{ $path }» находится не на этом сервере ({ $origin })
bad-address = «{ $path }» – недопустимый адрес
file-problem = «{ $file }»: { $message }
file-missing = Не хватает мест из «{ $file }»: { $message }
retry = Повторить попытку
part-loading = Загрузка …
part-failed = Эта часть карты не загрузилась.
retrying = Повторная загрузка …
skipped = { $count ->
    [one] В файле «{ $file }» пропущена { $n } запись:
    [few] В файле «{ $file }» пропущены { $n } записи:
    [many] В файле «{ $file }» пропущено { $n } записей:
   *[other] В файле «{ $file }» пропущено { $n } записи:
  }
# For visitors: one plain line per kind of trouble (editors see the details with ?notices=all).
trouble-map = Сейчас не удается загрузить карту.
trouble-map-broken = Сейчас карту невозможно показать. Пожалуйста, попробуйте позже.
trouble-unavailable = Некоторые места сейчас невозможно показать ({ $files }).
trouble-unavailable-still = Некоторые места по-прежнему невозможно показать ({ $files }). Пожалуйста, попробуйте позже.
trouble-broken = Некоторых мест не хватает, потому что файл содержит ошибку ({ $files }). Пожалуйста, сообщите об этом администрации сайта.
link-place-missing = Места из ссылки на этой карте нет.
trouble-incomplete = { $count ->
    [one] { $n } запись неполная и не показывается.
    [few] { $n } записи неполные и не показываются.
    [many] { $n } записей неполны и не показываются.
   *[other] { $n } записи неполны и не показываются.
  }
trouble-base = Границы и названия населенных пунктов на карте сейчас невозможно показать.
notices-more = { $count ->
    [one] еще { $n } сообщение
    [few] еще { $n } сообщения
    [many] еще { $n } сообщений
   *[other] еще { $n } сообщения
  }
notices-fewer = Меньше сообщений

## Problems in configuration and data (also for the editors' checker)
at-feature = Запись { $n }
at-feature-named = Запись { $n } («{ $place }»)
p-no-answer = файл не пришел вовремя (сервер ничего не отправлял { $secs } с)
p-not-found = файл не найден (ошибка 404)
p-server-error = на сервере сейчас проблема (ошибка { $code })
p-http-error = сервер не выдает файл (ошибка { $code })
p-connection = соединение с сервером прервалось
p-invalid-layer = слой карты невозможно прочитать ({ $message })
p-invalid-json = недопустимый JSON в строке { $line }, столбце { $column }: { $syntax ->
    [eof-object] файл заканчивается раньше, чем объект закрыт знаком «{"}"}» (обрезан?)
    [eof-list] файл заканчивается раньше, чем список закрыт знаком «]» (обрезан?)
    [eof-string] файл заканчивается посреди текста: не хватает закрывающей кавычки "
    [eof-value] файл заканчивается там, где еще должно быть значение (он пустой или обрезан?)
    [comma-or-brace] здесь не хватает запятой перед следующей записью или закрывающей скобки «{"}"}»
    [comma-or-bracket] здесь не хватает запятой перед следующим элементом списка или закрывающей скобки «]»
    [colon] после имени не хватает двоеточия «:»
    [value] здесь ожидается значение: текст в "…", число, true, false, null, объект {"{"}…{"}"} или список […]
    [quote] здесь ожидается текст в двойных кавычках "…"
    [key] здесь ожидается имя в двойных кавычках, напр. "name"
    [trailing-comma] после последней записи лишняя запятая
    [html] сервер прислал веб-страницу (HTML) вместо данных: правильный ли адрес файла?
    [trailing-characters] после конца данных есть что-то еще
    [control-character] в тексте есть перенос строки или табуляция; внутри "…" пишите их как \n или \t
    [escape] обратная косая черта \ в тексте не начинает допустимый символ (саму черту пишите как \\)
    [number] недопустимое число (десятичная точка, а не запятая; без нуля в начале, как в 07; не слишком большое)
    [too-deep] данные слишком глубоко вложены
   *[other] в этом месте текст не является допустимым JSON
  }
p-not-feature-collection = { $kind ->
    [feature] файл содержит один Feature; ожидается FeatureCollection, в списке «features» которой он находится: {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}
    [geometry] файл содержит только геометрию («{ $found }»); ожидается FeatureCollection из Features, у которых «geometry» – это «Point»
    [case] «type» должен быть «FeatureCollection», найдено: «{ $found }» (учитывайте заглавные и строчные буквы)
   *[other] это не GeoJSON FeatureCollection: «type» – «{ $found }», а ожидается «FeatureCollection»
  }
p-root-not-object = файл не является GeoJSON FeatureCollection {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}, а содержит { $found }
p-no-feature-list = «features» отсутствует или не является списком
p-found = { $found ->
    [null] null
    [bool] { $value }
    [number] число { $value }
    [text] текст "{ $value }"
    [list] список […]
   *[object] объект {"{"}…{"}"}
  }
p-feature-not-object = не GeoJSON Feature: ожидается объект {"{"}"type": "Feature", …{"}"}, найдено: { $found }
p-missing-member = { $member ->
    [collection-type] отсутствует «type» (ожидается: «FeatureCollection»)
    [feature-type] отсутствует «type» (ожидается: «Feature»)
    [geometry-type] отсутствует «type» геометрии (для места: «Point»)
    [coordinates] отсутствует «coordinates» геометрии
    [geometries] отсутствует «geometries» в GeometryCollection
   *[other] отсутствует «{ $key }»
  }
p-wrong-type-name = «type» должен быть «{ $expected }», найдено: { $found }{ $hint ->
    [case] {" "}(учитывайте заглавные и строчные буквы)
   *[none] {""}
  }
p-unknown-geometry = неизвестный тип геометрии: { $found }{ $suggestion ->
    [none] {" "}(возможны: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection; место на карте – это «Point»)
   *[other] {" "}– вероятно, имеется в виду «{ $suggestion }» (учитывайте заглавные и строчные буквы)
  }
p-wrong-value = «{ $member }» должен быть { $expected ->
    [object-or-null] объектом {"{"}…{"}"} или null
    [list] списком […]
    [text-or-number] текстом или числом
    [numbers] списком чисел
    [geometries] списком объектов геометрии {"{"}"type": …{"}"}
   *[object] объектом {"{"}…{"}"}
  }, найдено: { $found }
p-coordinates-shape = «coordinates» для { $geometry }: здесь ожидается { $depth ->
    [0] позиция [долгота, широта]
    [1] список позиций [[долгота, широта], …]
    [2] список линий [[[долгота, широта], …], …]
   *[other] список полигонов [[[[долгота, широта], …], …], …]
  }, найдено: { $found }
p-coordinate-not-number = координата должна быть числом, найдено: { $found }
p-position-too-short = позиции нужны два числа [долгота, широта], найдено: { $n ->
    [0] пустой список
    [one] только { $n } число
    [few] только { $n } числа
    [many] { $n } чисел
   *[other] { $n } числа
  }
p-missing-geometry = отсутствует геометрия
p-not-a-point = геометрия не Point, а { $found }
p-out-of-range = координаты [{ $lon }, { $lat }] вне допустимого диапазона (долгота от −180 до 180, широта от −90 до 90)
p-missing = отсутствует обязательное поле «{ $field }»
p-empty = обязательное поле «{ $field }» пустое
p-wrong-type = «{ $field }» должно быть { $expected ->
    [text] текстом
    [list] списком текстов
    [year] учебным годом, например 2027 или «2027/28»
   *[other] { $expected }
  }
p-unknown-category = категория «{ $value }» неизвестна (известны: { $known })
p-duplicate-id = ID «{ $id }» повторяется (уже есть в { $file })
p-invalid-website = «website» не является адресом http(s) и не станет ссылкой: «{ $value }»
p-invalid-email = «email» не является адресом электронной почты: «{ $value }»
p-invalid-phone = «phone» не является номером телефона: «{ $value }»
p-invalid-wheelchair = «wheelchair» должно быть yes, limited или no, а не «{ $value }»
p-invalid-date = «{ $field }» не является датой в формате ГГГГ-ММ-ДД: «{ $value }»
p-invalid-date-time = «{ $field }» не является понятным моментом времени: «{ $value }» (допустимо: 2027-01-16, 2027-01-16T18:00 по немецкому времени или с часовым поясом, например 2027-01-16T18:00:00+01:00)
p-end-before-start = «{ $field }» раньше начала: { $end } раньше, чем { $start }. Карта не показывает окончание.
p-invalid-config = недопустимая конфигурация: { $message }
p-invalid-template = «basemap.url» не является допустимым шаблоном тайлов: { $message }
p-invalid-color = цвет «{ $value }» категории «{ $category }» не является цветом вида #1a6b3c
p-duplicate-category = категория «{ $id }» повторяется
p-no-categories = список «categories» пуст
p-invalid-center = «center» должно быть [долгота, широта] в WGS 84
p-invalid-zoom = «zoom» { $value } не находится в диапазоне от 0 до 22

## Phone view, hints on the map, actions
search-region = Поиск мест
view-switch = Вид
view-map = Карта
view-list = Список
loading-map = Карта загружается …
no-results-map = Ни одно место не соответствует поиску и фильтрам.
hint-wheel = Для масштабирования используйте Ctrl + колесико мыши
hint-wheel-apple = Для масштабирования используйте ⌘ + колесико мыши
hint-two-fingers = Перемещайте карту двумя пальцами
tiles-failed = Фоновая карта недоступна
consent-title = Фоновая карта
consent-skip = Продолжить без фоновой карты
consent-again = Предложить фоновую карту
basemap-toggle = Фоновая карта
action-call = Позвонить
action-route = Маршрут
action-website = Сайт
action-email = Эл. почта

## Search, filters, list
search-label = Поиск по названию, профессии, предложению или населенному пункту
search-label-short = Поиск
search-placeholder = напр. Einzelhandel, Buchholz …
places-found = Найдено { $n } { $count ->
    [one] место
    [few] места
    [many] мест
   *[other] места
  }
quick-title = Быстрый старт
quick-pupils = Я школьник / школьница
quick-pupils-hint = Профориентация (Berufsorientierung), практика (Praktikum) и места профессионального обучения (Ausbildungsplatz) для школьников.
quick-parents = Родители
quick-parents-hint = Консультации и ориентация, чтобы родители могли сопровождать своих детей на пути к профессии.
quick-adults = Взрослые / повышение квалификации
quick-adults-hint = Повышение квалификации (Weiterbildung), переквалификация (Umschulung) и консультации для взрослых.
quick-newcomers = Недавно в Германии
quick-newcomers-hint = Консультации для мигрантов (Migrationsberatung), в том числе по признанию иностранных дипломов (Anerkennung).
filters = Фильтры
filter-town = Город или община
filter-town-all = Все города и общины
filter-offer = Профессия или предложение
filter-offer-hint = Подсказки появляются при вводе; профессию можно найти и по части названия или другой форме слова («Tischlerin», «Kauffrau»).
filter-audience = Для кого
filter-stage = Образовательный путь
filter-clear = Сбросить: { $name }
filter-reset = Сбросить все фильтры
results = Результаты
sort-by = Сортировать по
sort-name = Название
sort-distance = Расстояние
list-in-view = Только места в видимой части карты
show-more = Показать еще { $n }
no-results = Места не найдены. Измените поиск или сбросьте фильтры.
distance = в { $km } км
near-me = Рядом со мной
open-now-filter = Только открытые сейчас
open-now-hint = По часам работы, по немецкому времени, с учетом праздничных дней в Нижней Саксонии. Места без указанных часов работы не показываются.
hours-now = Сейчас
hours-open = открыто до { $time }
hours-open-always = открыто круглосуточно
hours-closed = закрыто
hours-ph = праздничный день
hours-opens-today = закрыто, откроется сегодня в { $time }
hours-opens-tomorrow = закрыто, откроется завтра в { $time }
hours-opens-day = закрыто, откроется: { $day }, { $time }
hours-opens-date = закрыто, откроется { $date } в { $time }
hours-unknown = Часы работы неизвестны
hours-holiday = Сегодня праздничный день ({ $name }).
weekday-0 = Пн
weekday-1 = Вт
weekday-2 = Ср
weekday-3 = Чт
weekday-4 = Пт
weekday-5 = Сб
weekday-6 = Вс
near-place = Индекс или город
near-place-hint = Например, 21244 или Buchholz. Введенные данные остаются в вашем браузере.
near-radius = Радиус
near-radius-any = весь район
near-radius-km = { $km } км
near-clear = Убрать место
near-unknown = Карта не знает «{ $text }». Пожалуйста, выберите из списка почтовый индекс или населенный пункт района.
near-summary = { $n } { $count ->
    [one] место
    [few] места
    [many] мест
   *[other] места
  } в радиусе { $km } км (центр: { $place }).
near-from = Расстояния считаются от: { $place }.
near-plus-remote = А также { $n } без постоянного адреса.
near-still = По-прежнему действует: { $place }.
near-me-busy = Определение местоположения …
# $reason: refused (the visitor or the browser did not allow it), timeout, or anything else.
near-me-denied = Ваше местоположение недоступно ({ $reason ->
        [refused] доступ не разрешен
        [timeout] время ожидания истекло
       *[other] браузер не может его определить
    }). Карта работает и без него.
near-me-ok = Список отсортирован по расстоянию. Ваше местоположение остается в вашем браузере.
my-position = Ваше местоположение
directions = Как добраться
directions-hvv = На автобусе и поезде (расписание HVV)
directions-osm = Маршрут на OpenStreetMap
copy-link = Копировать ссылку
link-copied = Ссылка скопирована
cluster-label = { $n } { $count ->
    [one] место
    [few] места
    [many] мест
   *[other] места
  }
cluster-list = Места в этой точке

## Saved list, comparison, print view
mark = Сохранить
marks-full = Список сохраненных мест заполнен (максимум { $max }). Сначала удалите одно место.
marks-title = Сохраненные места
mark-remove = Удалить { $name } из сохраненных мест
mark-remove-short = Удалить
mark-compare = Сравнить
marks-missing = { $count ->
    [one] { $count } сохраненное место отсутствует в данных (возможно, его удалили).
    [few] { $count } сохраненных места отсутствуют в данных (возможно, их удалили).
    [many] { $count } сохраненных мест отсутствуют в данных (возможно, их удалили).
   *[other] { $count } сохраненного места отсутствуют в данных (возможно, их удалили).
}
marks-empty = Вы еще не сохранили ни одного места. В подробностях места нажмите «Сохранить», чтобы добавить его в сохраненные места (Merkliste). Список существует только в адресе страницы: кто получит ссылку, тоже его увидит; больше нигде данные не хранятся.
marks-compare-hint = Нажмите «Сравнить», чтобы поставить рядом до { $max } мест.
compare-full = Максимум для сравнения: { $max }. Сначала уберите одно место.
marks-print = Распечатать сохраненные места
field-distance = Расстояние
compare-next-date = Ближайшее событие
compare-title = Сравнение { $count } { $count ->
    [one] места
    [few] мест
    [many] мест
   *[other] места
}
list-print = Распечатать список
sheet-marks = Сохраненные места
sheet-list = Список мест
sheet-first = первые { $shown } (всего мест: { $total })
sheet-count = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
sheet-date = По состоянию на { $date }
sheet-print = Распечатать
sheet-close = Назад к карте
sheet-map = Карта мест с теми же номерами, что и в списке
