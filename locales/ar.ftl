# Bildungskarte – Arabic texts (Modern Standard Arabic). Keys and placeholders must match de.ftl.

## Map
map-label = { $count ->
    [zero] خريطة بلا أماكن
    [one] خريطة فيها مكان واحد
    [two] خريطة فيها مكانان
    [few] خريطة فيها { $n } أماكن
    [many] خريطة فيها { $n } مكانًا
   *[other] خريطة فيها { $n } مكان
  }؛ وتضم القائمة الأماكن نفسها
map-hint = يمكن تحريك الخريطة بمفاتيح الأسهم، وتكبيرها وتصغيرها بمفتاحي + و−. الأماكن أزرار يمكن الضغط عليها.
zoom-in = تكبير
zoom-out = تصغير
loading = جارٍ تحميل البيانات …
places-count = { $count ->
    [zero] لا أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $n } أماكن
    [many] { $n } مكانًا
   *[other] { $n } مكان
  }
skip-map = تخطي الخريطة
# The language menu: its name (in the widget's language, with "(Language)" after it where that is
# not English, so a visitor who does not read it still finds the menu) and what it says when a
# language's file does not arrive.
lang-label = اللغة (Language)
lang-failed = تعذّر تحميل اللغة. يُرجى اختيارها مرة أخرى لاحقًا.
consent-load = تحميل الخريطة الخلفية
consent-note = هل تريدون تحميل الخريطة الخلفية من { $provider }؟ عندها فقط تُرسَل بيانات إلى هناك.
privacy-link = بيان حماية البيانات
widget-label = { $title }

## Legend
legend = الفئات

## Details
close = إغلاق
close-notice = إغلاق التنبيه
sheet-full = عرض التفاصيل بالارتفاع الكامل
field-category = الفئة
field-address = العنوان
field-phone = الهاتف
field-email = البريد الإلكتروني
field-website = الموقع الإلكتروني
new-tab = (يُفتح في علامة تبويب جديدة)
field-offers = العروض
offer-link = (الوصف في BERUFENET لدى Bundesagentur für Arbeit، يُفتح في علامة تبويب جديدة)
offer-with-year = { $offer }، بدء التدريب المهني { $year }
offer-link-note = تؤدي العروض إلى وصفها في BERUFENET لدى Bundesagentur für Arbeit (الوكالة الاتحادية للعمل، باللغة الألمانية).
field-recognition = الشهادة الأجنبية
recognition-finder = Anerkennungs-Finder: ما الجهة التي تدرس شهادتي؟
field-audiences = الفئات المستهدفة
field-stages = المسار التعليمي
field-opening-hours = ساعات العمل
field-wheelchair = الكرسي المتحرك
field-updated = آخر تحديث
field-events = المواعيد
field-modes = طرق التواصل
mode-phone = الهاتف
mode-video = فيديو
mode-online = عبر الإنترنت
mode-mobile = متنقل (يأتي إلى مكانكم، مثلًا إلى المدارس)
mode-on_site = حضوريًا في المكان
without-place = بلا مكان ثابت
without-place-hint = استشارة عبر الهاتف أو الفيديو أو الإنترنت، ومواعيد استشارة متنقلة: ليست على الخريطة، ويمكن الوصول إليها من أي مكان.
filter-mode = طريقة التواصل
events-title = المواعيد
events-intro = المواعيد القادمة للأماكن المعروضة الآن على الخريطة وفي القائمة.
events-kind = نوع الموعد
events-kind-all = كل الأنواع
events-month = الشهر
events-month-all = كل الأشهر
events-none = لا توجد مواعيد قادمة لدى الأماكن المعروضة.
events-none-chosen = لا توجد مواعيد من هذا النوع في الشهر المختار.
event-ics = إضافة الموعد إلى التقويم (ملف ICS)
event-more = المزيد من المعلومات
event-at = لدى
event-kind-open_day = يوم الأبواب المفتوحة
event-kind-info_evening = أمسية إعلامية
event-kind-internship_week = أسبوع التدريب العملي
event-kind-fair = معرض
event-kind-course_start = بدء الدورة
event-kind-training_start = بدء التدريب المهني
event-kind-deadline = آخر موعد لطلبات التقديم
event-time = الساعة { $time }
month-1 = كانون الثاني
month-2 = شباط
month-3 = آذار
month-4 = نيسان
month-5 = أيار
month-6 = حزيران
month-7 = تموز
month-8 = آب
month-9 = أيلول
month-10 = تشرين الأول
month-11 = تشرين الثاني
month-12 = كانون الأول
field-source = المصدر
wheelchair-yes = مناسب للكراسي المتحركة
wheelchair-limited = مناسب جزئيًا للكراسي المتحركة
wheelchair-no = غير مناسب للكراسي المتحركة
audience-pupils = طلاب المدارس
audience-parents = أولياء الأمور
audience-adults = البالغون
audience-immigrants = المهاجرون
audience-employers = أصحاب العمل
audience-teachers = المعلمون
stage-orientation = التوجيه المهني
stage-internship = التدريب العملي
stage-apprenticeship = التدريب المهني
stage-further_education = التعليم المستمر
stage-recognition = الاعتراف بالشهادات الأجنبية

## Search words: never shown. Searching for one of them (or the start of one) finds the places with
## that audience or stage, whatever language the page shows. Separated by spaces; add more freely.
search-audience-pupils = طلاب الطلاب طالب الطالب طالبة طالبات الطالبات تلاميذ التلاميذ تلميذ تلميذة مدرسة المدرسة مدارس المدارس شباب الشباب شابات مراهقون مراهقين المراهقين يافعون يافعين أطفال اطفال الأطفال Schüler Schülerinnen
search-audience-parents = أهل الأهل اهل الاهل أولياء اولياء ولي الأمر أمور أولياء الأمور والدين الوالدين والدان أب الأب أم الأم أسرة الأسرة اسرة عائلة العائلة عائلات العائلات Eltern
search-audience-adults = بالغون البالغون بالغين البالغين بالغ كبار الكبار راشدون راشدين الراشدين موظفون موظفين العاملون العاملين تغيير المهنة تغيير مهنة Erwachsene
search-audience-immigrants = مهاجرون المهاجرون مهاجرين المهاجرين مهاجر مهاجرة هجرة الهجرة لاجئون اللاجئون لاجئين اللاجئين لاجئ لاجئة لجوء اللجوء قادمون جدد القادمين الجدد وافدون الوافدين أجانب اجانب الأجانب Zugewanderte Migranten Flüchtlinge
search-audience-employers = أصحاب العمل اصحاب العمل صاحب عمل أرباب العمل شركات الشركات شركة الشركة مؤسسات المؤسسات مؤسسة منشأة منشآت مصانع Arbeitgeber Unternehmen Firmen
search-audience-teachers = معلمون المعلمون معلمين المعلمين معلم المعلم معلمة معلمات المعلمات مدرس المدرس مدرسون المدرسين مدرسين أساتذة اساتذة الأساتذة أستاذ تربويون التربويين Lehrer Lehrkräfte
search-stage-orientation = توجيه التوجيه توجيه مهني التوجيه المهني إرشاد مهني اختيار المهنة اختيار مهنة التعرف على المهن مهنة المهنة مهن المهن مستقبل مهني Berufsorientierung Berufswahl
search-stage-internship = تدريب عملي التدريب العملي تدريبات عملية خبرة عملية تدريب صيفي متدرب ستاج Praktikum Praktika Praktikumsplatz
search-stage-apprenticeship = تدريب مهني التدريب المهني تأهيل مهني التأهيل المهني تعليم مهني التعليم المهني تعلم مهنة حرفة الحرفة حرف صنعة متدرب متدربون المتدربين فرصة تدريب فرص تدريب أوسبيلدونغ اوسبيلدونغ أوسبلدونغ Ausbildung Ausbildungsplatz Azubi
search-stage-further_education = تعليم مستمر التعليم المستمر تدريب مستمر دورة الدورة دورات الدورات تأهيل التأهيل إعادة التأهيل اعادة التأهيل إعادة تأهيل تطوير مهني التطوير المهني تعليم الكبار تعليم البالغين Weiterbildung Fortbildung Umschulung
search-stage-recognition = اعتراف الاعتراف الاعتراف بالشهادات معادلة المعادلة معادلة الشهادات تعديل الشهادة تعديل الشهادات شهادة الشهادة شهادات الشهادات أجنبية اجنبية الأجنبية مؤهلات المؤهلات مؤهل شهادة جامعية شهادة مهنية Anerkennung Abschlüsse Zeugnisse

## Notices
config-failed = تعذّر تحميل الخريطة: { $reason }
config-foreign = «{ $path }» ليس على هذا الخادم ({ $origin })
bad-address = «{ $path }» ليس عنوانًا صالحًا
file-problem = «{ $file }»: { $message }
file-missing = أماكن من «{ $file }» مفقودة: { $message }
retry = إعادة المحاولة
part-loading = جارٍ التحميل …
part-failed = لم يصل هذا الجزء من الخريطة.
retrying = جارٍ التحميل من جديد …
skipped = { $count ->
    [zero] لم يُتخطَّ أي إدخال في «{ $file }»:
    [one] تم تخطي إدخال واحد في «{ $file }»:
    [two] تم تخطي إدخالين في «{ $file }»:
    [few] تم تخطي { $n } إدخالات في «{ $file }»:
    [many] تم تخطي { $n } إدخالًا في «{ $file }»:
   *[other] تم تخطي { $n } إدخال في «{ $file }»:
  }
# For visitors: one plain line per kind of trouble (editors see the details with ?notices=all).
trouble-map = لا يمكن تحميل الخريطة حاليًا.
trouble-map-broken = لا يمكن عرض الخريطة في الوقت الحالي. يُرجى المحاولة مرة أخرى لاحقًا.
trouble-unavailable = لا يمكن عرض بعض الأماكن حاليًا ({ $files }).
trouble-unavailable-still = لا يزال عرض بعض الأماكن غير ممكن ({ $files }). يُرجى المحاولة مرة أخرى لاحقًا.
trouble-broken = بعض الأماكن مفقودة لأن أحد الملفات فيه خطأ ({ $files }). يُرجى إبلاغ الجهة المشغّلة لهذا الموقع.
link-place-missing = المكان الوارد في الرابط غير موجود على هذه الخريطة.
trouble-incomplete = { $count ->
    [zero] لا توجد إدخالات غير مكتملة.
    [one] إدخال واحد غير مكتمل، ولذلك لا يُعرض.
    [two] إدخالان غير مكتملين، ولذلك لا يُعرضان.
    [few] { $n } إدخالات غير مكتملة، ولذلك لا تُعرض.
    [many] { $n } من الإدخالات غير مكتملة، ولذلك لا تُعرض.
   *[other] { $n } من الإدخالات غير مكتملة، ولذلك لا تُعرض.
  }
trouble-base = لا يمكن حاليًا عرض الحدود وأسماء الأماكن على الخريطة.
notices-more = { $count ->
    [zero] لا تنبيهات أخرى
    [one] تنبيه آخر
    [two] تنبيهان آخران
    [few] { $n } تنبيهات أخرى
    [many] { $n } تنبيهًا آخر
   *[other] { $n } تنبيه آخر
  }
notices-fewer = تنبيهات أقل

## Problems in configuration and data (also for the editors' checker)
at-feature = الإدخال { $n }
at-feature-named = الإدخال { $n } («{ $place }»)
p-no-answer = لم يصل الملف في الوقت المحدد (لم يرسل الخادم شيئًا طوال { $secs } ثانية)
p-not-found = الملف غير موجود (الخطأ 404)
p-server-error = يواجه الخادم مشكلة حاليًا (الخطأ { $code })
p-http-error = الخادم لا يسلّم الملف (الخطأ { $code })
p-connection = انقطع الاتصال بالخادم
p-invalid-layer = تعذّرت قراءة طبقة الخريطة ({ $message })
p-invalid-json = نص JSON غير صالح في السطر { $line }، العمود { $column }: { $syntax ->
    [eof-object] ينتهي الملف قبل إغلاق كائن بـ «{"}"}» (هل هو مقطوع؟)
    [eof-list] ينتهي الملف قبل إغلاق قائمة بـ «]» (هل هو مقطوع؟)
    [eof-string] ينتهي الملف في وسط نص: علامة الاقتباس الختامية " مفقودة
    [eof-value] ينتهي الملف حيث يجب أن تأتي قيمة (هل هو فارغ أو مقطوع؟)
    [comma-or-brace] تنقص هنا فاصلة قبل الإدخال التالي أو القوس الختامي «{"}"}»
    [comma-or-bracket] تنقص هنا فاصلة قبل العنصر التالي في القائمة أو القوس الختامي «]»
    [colon] تنقص النقطتان «:» بعد الاسم
    [value] يُنتظر هنا قيمة: نص بين "…"، أو رقم، أو true أو false أو null، أو كائن {"{"}…{"}"} أو قائمة […]
    [quote] يُنتظر هنا نص بين علامتي اقتباس مزدوجتين "…"
    [key] يُنتظر هنا اسم بين علامتي اقتباس مزدوجتين، مثل "name"
    [trailing-comma] توجد فاصلة زائدة بعد الإدخال الأخير
    [html] أرسل الخادم صفحة ويب (HTML) بدلًا من البيانات: هل عنوان الملف صحيح؟
    [trailing-characters] يوجد شيء إضافي بعد نهاية البيانات
    [control-character] يحتوي نص على فاصل أسطر أو علامة جدولة (Tab)؛ داخل "…" تُكتب \n أو \t
    [escape] الشرطة المائلة العكسية \ في النص لا تبدأ حرفًا صالحًا (تُكتب الشرطة العكسية نفسها \\)
    [number] رقم غير صالح (نقطة عشرية لا فاصلة، ولا صفر في البداية مثل 07، ولا رقم كبير جدًا)
    [too-deep] البيانات متداخلة بعمق زائد
   *[other] النص في هذا الموضع ليس JSON صالحًا
  }
p-not-feature-collection = { $kind ->
    [feature] يحتوي الملف على Feature واحد؛ المتوقع FeatureCollection تضمه في قائمتها «features»: {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}
    [geometry] يحتوي الملف على هندسة فقط («{ $found }»)؛ المتوقع FeatureCollection من عناصر Feature تكون «geometry» فيها من نوع «Point»
    [case] يجب أن يكون «type» هو «FeatureCollection»، وُجد: «{ $found }» (انتبهوا إلى الأحرف الكبيرة والصغيرة)
   *[other] ليس GeoJSON FeatureCollection: «type» هو «{ $found }»، والمتوقع «FeatureCollection»
  }
p-root-not-object = الملف ليس GeoJSON FeatureCollection {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}، بل { $found }
p-no-feature-list = «features» مفقود أو ليس قائمة
p-found = { $found ->
    [null] null
    [bool] { $value }
    [number] الرقم { $value }
    [text] النص "{ $value }"
    [list] قائمة […]
   *[object] كائن {"{"}…{"}"}
  }
p-feature-not-object = ليس GeoJSON Feature: المتوقع كائن {"{"}"type": "Feature", …{"}"}، وُجد: { $found }
p-missing-member = { $member ->
    [collection-type] «type» مفقود (المتوقع: «FeatureCollection»)
    [feature-type] «type» مفقود (المتوقع: «Feature»)
    [geometry-type] «type» الخاص بالهندسة مفقود (للمكان: «Point»)
    [coordinates] «coordinates» الخاص بالهندسة مفقود
    [geometries] «geometries» الخاص بـ GeometryCollection مفقود
   *[other] «{ $key }» مفقود
  }
p-wrong-type-name = يجب أن يكون «type» هو «{ $expected }»، وُجد: { $found }{ $hint ->
    [case] {" "}(انتبهوا إلى الأحرف الكبيرة والصغيرة)
   *[none] {""}
  }
p-unknown-geometry = نوع هندسة غير معروف: { $found }{ $suggestion ->
    [none] {" "}(الأنواع الممكنة: Point، MultiPoint، LineString، MultiLineString، Polygon، MultiPolygon، GeometryCollection؛ المكان على الخريطة هو «Point»)
   *[other] {" "}– المقصود على الأرجح «{ $suggestion }» (انتبهوا إلى الأحرف الكبيرة والصغيرة)
  }
p-wrong-value = يجب أن يكون «{ $member }» { $expected ->
    [object-or-null] كائنًا {"{"}…{"}"} أو null
    [list] قائمة […]
    [text-or-number] نصًا أو رقمًا
    [numbers] قائمة أرقام
    [geometries] قائمة من كائنات الهندسة {"{"}"type": …{"}"}
   *[object] كائنًا {"{"}…{"}"}
  }، وُجد: { $found }
p-coordinates-shape = «coordinates» في { $geometry }: المتوقع هنا { $depth ->
    [0] موضع [خط الطول، خط العرض]
    [1] قائمة مواضع [[خط الطول، خط العرض]، …]
    [2] قائمة خطوط [[[خط الطول، خط العرض]، …]، …]
   *[other] قائمة مضلعات [[[[خط الطول، خط العرض]، …]، …]، …]
  }، وُجد: { $found }
p-coordinate-not-number = يجب أن يكون الإحداثي رقمًا، وُجد: { $found }
p-position-too-short = يحتاج الموضع إلى رقمين [خط الطول، خط العرض]، وُجد: { $n ->
    [0] قائمة فارغة
    [one] رقم واحد فقط
    [two] رقمان
    [few] { $n } أرقام
    [many] { $n } رقمًا
   *[other] { $n } رقم
  }
p-missing-geometry = الهندسة مفقودة
p-not-a-point = الهندسة ليست Point بل { $found }
p-out-of-range = الإحداثيات [{ $lon }, { $lat }] خارج النطاق الصالح (خط الطول من −180 إلى 180، وخط العرض من −90 إلى 90)
p-missing = الحقل الإلزامي «{ $field }» مفقود
p-empty = الحقل الإلزامي «{ $field }» فارغ
p-wrong-type = يجب أن يكون «{ $field }» { $expected ->
    [text] نصًا
    [list] قائمة نصوص
    [year] سنة تدريب مهني مثل 2027 أو «2027/28»
   *[other] { $expected }
  }
p-unknown-category = الفئة «{ $value }» غير معروفة (الفئات المعروفة: { $known })
p-duplicate-id = المعرّف «{ $id }» مكرر (موجود سابقًا في { $file })
p-invalid-website = «website» ليس عنوان http(s) ولن يُربط: «{ $value }»
p-invalid-email = «email» ليس عنوان بريد إلكتروني: «{ $value }»
p-invalid-phone = «phone» ليس رقم هاتف: «{ $value }»
p-invalid-wheelchair = يجب أن تكون قيمة «wheelchair» هي yes أو limited أو no، وليس «{ $value }»
p-invalid-date = «{ $field }» ليس تاريخًا بالصيغة YYYY-MM-DD: «{ $value }»
p-invalid-date-time = «{ $field }» ليس وقتًا مقروءًا: «{ $value }» (المسموح: 2027-01-16، أو 2027-01-16T18:00 بتوقيت ألمانيا، أو مع منطقة زمنية مثل 2027-01-16T18:00:00+01:00)
p-end-before-start = «{ $field }» يقع قبل البداية: { $end } أبكر من { $start }. لا تعرض الخريطة النهاية.
p-invalid-config = الإعدادات غير صالحة: { $message }
p-invalid-template = «basemap.url» ليس قالبًا صالحًا لمربعات الخريطة: { $message }
p-invalid-color = اللون «{ $value }» للفئة «{ $category }» ليس لونًا مثل #1a6b3c
p-duplicate-category = الفئة «{ $id }» مكررة
p-no-categories = «categories» فارغ
p-invalid-center = يجب أن يكون «center» بالشكل [خط الطول، خط العرض] في WGS 84
p-invalid-zoom = قيمة «zoom» { $value } ليست بين 0 و22

## Phone view, hints on the map, actions
search-region = البحث عن أماكن
view-switch = العرض
view-map = الخريطة
view-list = القائمة
loading-map = جارٍ تحميل الخريطة …
no-results-map = لا توجد أماكن تطابق البحث وعوامل التصفية.
hint-wheel = للتكبير والتصغير استخدموا Ctrl (Strg) + عجلة الفأرة
hint-wheel-apple = للتكبير والتصغير استخدموا ⌘ + عجلة الفأرة
hint-two-fingers = حرّكوا الخريطة بإصبعين
tiles-failed = تعذّر الوصول إلى الخريطة الخلفية
consent-title = الخريطة الخلفية
consent-skip = المتابعة بدون خريطة خلفية
consent-again = عرض خيار الخريطة الخلفية
basemap-toggle = الخريطة الخلفية
action-call = اتصال
action-route = المسار
action-website = الموقع الإلكتروني
action-email = البريد الإلكتروني

## Search, filters, list
search-label = البحث بالاسم أو المهنة أو العرض أو المدينة
search-label-short = البحث
search-placeholder = مثلًا: Einzelhandel، Buchholz …
places-found = { $count ->
    [zero] لم يُعثر على أي مكان
    [one] تم العثور على مكان واحد
    [two] تم العثور على مكانين
    [few] تم العثور على { $n } أماكن
    [many] تم العثور على { $n } مكانًا
   *[other] تم العثور على { $n } مكان
  }
quick-title = بداية سريعة
quick-pupils = أنا طالب/طالبة
quick-pupils-hint = التوجيه المهني (Berufsorientierung) والتدريب العملي (Praktikum) وفرص التدريب المهني (Ausbildungsplätze) لطلاب المدارس.
quick-parents = أولياء الأمور
quick-parents-hint = استشارة وتوجيه لأولياء الأمور ليرافقوا أبناءهم في طريقهم إلى المهنة.
quick-adults = البالغون / التعليم المستمر
quick-adults-hint = التعليم المستمر (Weiterbildung) وإعادة التأهيل المهني (Umschulung) والاستشارة للبالغين.
quick-newcomers = جديد في ألمانيا
quick-newcomers-hint = استشارة للمهاجرين، ومنها الاستشارة حول الاعتراف بالشهادات الأجنبية (Anerkennung).
filters = التصفية
filter-town = المدينة أو البلدية
filter-town-all = كل المدن والبلديات
filter-offer = المهنة أو العرض
filter-offer-hint = تظهر الاقتراحات أثناء الكتابة؛ ويكفي جزء من اسم المهنة أو صيغة أخرى منه للعثور عليها (مثل «Tischlerin» أو «Kauffrau»).
filter-audience = الفئة المستهدفة
filter-stage = المسار التعليمي
filter-clear = إعادة ضبط { $name }
filter-reset = إعادة ضبط كل عوامل التصفية
results = قائمة النتائج
sort-by = الترتيب حسب
sort-name = الاسم
sort-distance = المسافة
list-in-view = الأماكن الظاهرة في الخريطة فقط
show-more = عرض المزيد ({ $n })
no-results = لم يُعثر على أي مكان. يُرجى تغيير البحث أو إعادة ضبط عوامل التصفية.
distance = على بعد { $km } كم
near-me = بالقرب مني
open-now-filter = الأماكن المفتوحة الآن فقط
open-now-hint = حسب ساعات العمل بتوقيت ألمانيا، مع العطل الرسمية في ولاية سكسونيا السفلى (Niedersachsen). الأماكن التي ليست لها ساعات عمل لا تظهر عندئذ.
hours-now = الآن
hours-open = مفتوح حتى الساعة { $time }
hours-open-always = مفتوح على مدار الساعة
hours-closed = مغلق
hours-ph = عطلة رسمية
hours-opens-today = مغلق، يفتح اليوم الساعة { $time }
hours-opens-tomorrow = مغلق، يفتح غدًا الساعة { $time }
hours-opens-day = مغلق، يفتح يوم { $day } الساعة { $time }
hours-opens-date = مغلق، يفتح في { $date } الساعة { $time }
hours-unknown = ساعات العمل غير معروفة
hours-holiday = اليوم عطلة رسمية: { $name }.
weekday-0 = الاثنين
weekday-1 = الثلاثاء
weekday-2 = الأربعاء
weekday-3 = الخميس
weekday-4 = الجمعة
weekday-5 = السبت
weekday-6 = الأحد
near-place = الرمز البريدي أو المدينة
near-place-hint = مثلًا 21244 أو Buchholz. ما تكتبونه يبقى في متصفحكم.
near-radius = النطاق
near-radius-any = المقاطعة كلها
near-radius-km = { $km } كم
near-clear = إزالة المكان
near-unknown = الخريطة لا تعرف «{ $text }». يُرجى اختيار رمز بريدي أو مدينة من المقاطعة من القائمة.
near-summary = { $count ->
    [zero] لا أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $n } أماكن
    [many] { $n } مكانًا
   *[other] { $n } مكان
  } في نطاق { $km } كم حول { $place }.
near-from = المسافات من { $place }.
near-plus-remote = بالإضافة إلى { $n } بلا مكان ثابت.
near-still = لا يزال ساريًا: { $place }.
near-me-busy = جارٍ تحديد موقعكم …
# $reason: refused (the visitor or the browser did not allow it), timeout, or anything else.
near-me-denied = موقعكم غير متاح ({ $reason ->
        [refused] لم يُسمح بمشاركته
        [timeout] انتهت المهلة
       *[other] لا يستطيع المتصفح تحديده
    }). تعمل الخريطة بدونه أيضًا.
near-me-ok = القائمة مرتبة حسب المسافة. يبقى موقعكم في متصفحكم.
my-position = موقعكم
directions = كيفية الوصول
directions-hvv = بالحافلة والقطار (دليل الرحلات HVV)
directions-osm = المسار على OpenStreetMap
copy-link = نسخ الرابط
link-copied = تم نسخ الرابط
cluster-label = { $count ->
    [zero] لا أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $n } أماكن
    [many] { $n } مكانًا
   *[other] { $n } مكان
  }
cluster-list = الأماكن في هذا الموضع

## Saved list, comparison, print view
mark = حفظ
marks-full = قائمة الأماكن المحفوظة ممتلئة (الحد الأقصى { $max }). يُرجى إزالة أحد الأماكن أولًا.
marks-title = الأماكن المحفوظة
mark-remove = إزالة { $name } من الأماكن المحفوظة
mark-remove-short = إزالة
mark-compare = مقارنة
marks-missing = { $count ->
    [zero] كل الأماكن المحفوظة موجودة في البيانات.
    [one] مكان محفوظ واحد غير موجود في البيانات (أو لم يعد موجودًا).
    [two] مكانان محفوظان غير موجودين في البيانات (أو لم يعودا موجودين).
    [few] { $count } أماكن محفوظة غير موجودة في البيانات (أو لم تعد موجودة).
    [many] { $count } من الأماكن المحفوظة غير موجودة في البيانات (أو لم تعد موجودة).
   *[other] { $count } من الأماكن المحفوظة غير موجودة في البيانات (أو لم تعد موجودة).
}
marks-empty = لم تحفظوا أي مكان بعد. في تفاصيل أي مكان يمكنكم إضافته إلى هذه القائمة، الأماكن المحفوظة (Merkliste)، بزر «حفظ». القائمة موجودة فقط في عنوان الصفحة: من يحصل على الرابط يراها أيضًا، ولا يُخزَّن أي شيء.
marks-compare-hint = يمكنكم وضع ما يصل إلى { $max } من الأماكن جنبًا إلى جنب بزر «مقارنة».
compare-full = لا يمكن مقارنة أكثر من { $max } من الأماكن. يُرجى إزالة أحدها أولًا.
marks-print = طباعة الأماكن المحفوظة
field-distance = المسافة
compare-next-date = الموعد القادم
compare-title = مقارنة الأماكن ({ $count })
list-print = طباعة القائمة
sheet-marks = الأماكن المحفوظة
sheet-list = قائمة الأماكن
sheet-first = أول { $shown } من أصل { $total } من الأماكن
sheet-count = { $count ->
    [zero] لا أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $count } أماكن
    [many] { $count } مكانًا
   *[other] { $count } مكان
}
sheet-date = بتاريخ { $date }
sheet-print = طباعة
sheet-close = العودة إلى الخريطة
sheet-map = خريطة الأماكن، بالأرقام نفسها الموجودة في القائمة
