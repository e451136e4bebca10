# Bildungskarte – Turkish texts. Keys and placeholders must match de.ftl.

## Map
map-label = Harita: { $n } { $count ->
    [one] yer
   *[other] yer
  }; liste aynı yerleri içerir
map-hint = Haritayı ok tuşlarıyla kaydırın, artı ve eksi tuşlarıyla yakınlaştırıp uzaklaştırın. Yerler birer düğmedir.
zoom-in = Yakınlaştır
zoom-out = Uzaklaştır
loading = Veriler yükleniyor …
places-count = { $n } { $count ->
    [one] yer
   *[other] yer
  }
skip-map = Haritayı atla
# The language menu: its name (in the widget's language, with "(Language)" after it where that is
# not English, so a visitor who does not read it still finds the menu) and what it says when a
# language's file does not arrive.
lang-label = Dil (Language)
lang-failed = Dil yüklenemedi. Lütfen daha sonra yeniden seçin.
consent-load = Arka plan haritasını yükle
consent-note = Arka plan haritası { $provider } üzerinden yüklensin mi? Veriler ancak o zaman oraya gönderilir.
privacy-link = Veri koruma beyanı
widget-label = { $title }

## Legend
legend = Kategoriler

## Details
close = Kapat
close-notice = Uyarıyı kapat
sheet-full = Ayrıntıları tam boy göster
field-category = Kategori
field-address = Adres
field-phone = Telefon
field-email = E-posta
field-website = İnternet sitesi
new-tab = (yeni sekmede açılır)
field-offers = Olanaklar
offer-link = (açıklama: BERUFENET, Bundesagentur für Arbeit – Federal İş Ajansı; yeni sekmede açılır)
offer-with-year = { $offer }, mesleki eğitim başlangıcı: { $year }
offer-link-note = Olanaklar, BERUFENET'teki açıklamalarına götürür (Bundesagentur für Arbeit – Federal İş Ajansı; Almanca).
field-recognition = Yabancı diploma
recognition-finder = Anerkennungs-Finder (denklik rehberi): Diplomamın denkliğini kim inceler?
field-audiences = Hedef gruplar
field-stages = Eğitim aşamaları
field-opening-hours = Çalışma saatleri
field-wheelchair = Tekerlekli sandalye
field-updated = Güncelleme tarihi
field-events = Etkinlikler
field-modes = İletişim yolları
mode-phone = Telefon
mode-video = Görüntülü görüşme
mode-online = Çevrimiçi
mode-mobile = Gezici (size gelir, örneğin okullara)
mode-on_site = Yerinde
without-place = Sabit yeri olmayanlar
without-place-hint = Telefonla, görüntülü veya çevrimiçi danışmanlık ve gezici danışma saatleri: haritada yer almaz, her yerden ulaşılabilir.
filter-mode = İletişim yolu
events-title = Etkinlikler
events-intro = Harita ve listenin şu an gösterdiği yerlerin yaklaşan etkinlikleri.
events-kind = Etkinlik türü
events-kind-all = Tüm türler
events-month = Ay
events-month-all = Tüm aylar
events-none = Gösterilen yerlerde yaklaşan etkinlik yok.
events-none-chosen = Seçilen ayda bu türde etkinlik yok.
event-ics = Takvime ekle (.ics dosyası)
event-more = Daha fazla bilgi
event-at = Yer:
event-kind-open_day = Açık kapı günü
event-kind-info_evening = Bilgilendirme akşamı
event-kind-internship_week = Staj haftası
event-kind-fair = Fuar
event-kind-course_start = Kurs başlangıcı
event-kind-training_start = Mesleki eğitim başlangıcı
event-kind-deadline = Son başvuru tarihi
event-time = saat { $time }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
field-source = Kaynak
wheelchair-yes = tekerlekli sandalyeye uygun
wheelchair-limited = tekerlekli sandalyeye kısmen uygun
wheelchair-no = tekerlekli sandalyeye uygun değil
audience-pupils = Öğrenciler
audience-parents = Ebeveynler
audience-adults = Yetişkinler
audience-immigrants = Göçmenler
audience-employers = İşverenler
audience-teachers = Öğretmenler
stage-orientation = Mesleki yönlendirme
stage-internship = Staj
stage-apprenticeship = Mesleki eğitim
stage-further_education = İleri eğitim
stage-recognition = Yabancı diplomaların denkliği

## Search words: never shown. Searching for one of them (or the start of one) finds the places with
## that audience or stage, whatever language the page shows. Separated by spaces; add more freely.
search-audience-pupils = öğrenci öğrenciler öğrencilere öğrenciyim ogrenci ogrenciler ogrenciyim okul okullu lise liseli ortaokul genç gençler genc gencler Schüler Schülerin Schülerinnen Jugendliche
search-audience-parents = ebeveyn ebeveynler veli veliler aile aileler anne baba anneler babalar Eltern Familien Erziehungsberechtigte
search-audience-adults = yetişkin yetişkinler yetişkinlere yetiskin yetiskinler büyükler buyukler çalışanlar calisanlar kariyer değişikliği degisikligi Erwachsene Berufstätige Quereinsteiger
search-audience-immigrants = göçmen göçmenler göçmenlere gocmen gocmenler göç goc mülteci mülteciler multeci multeciler sığınmacı siginmaci yabancı yabancılar yabanci yabancilar yeni gelenler Zugewanderte Migranten Migration Geflüchtete Flüchtlinge
search-audience-employers = işveren işverenler işverenlere isveren isverenler şirket şirketler sirket sirketler firma firmalar işletme işletmeler isletme isletmeler Arbeitgeber Unternehmen Firmen Betrieb
search-audience-teachers = öğretmen öğretmenler öğretmenlere ogretmen ogretmenler eğitimci eğitimciler egitimci egitimciler pedagog Lehrkräfte Lehrer Lehrerinnen
search-stage-orientation = mesleki yönlendirme yonlendirme meslek seçimi meslek secimi meslek seçme meslek bulma kariyer planlaması planlamasi rehberlik Berufsorientierung Berufswahl Berufsfindung
search-stage-internship = staj stajı staja stajlar staji stajyer stajyerlik staj yeri Praktikum Praktika Praktikumsplatz Schülerpraktikum
search-stage-apprenticeship = mesleki eğitim mesleki egitim meslek eğitimi meslek egitimi çıraklık ciraklik çırak cirak ikili eğitim ikili egitim meslek öğrenme ogrenme Ausbildung Ausbildungsplatz Lehrstelle Azubi Auszubildende
search-stage-further_education = ileri eğitim ileri egitim kurs kurslar kursu sertifika mesleki gelişim gelisim meslek değiştirme degistirme yeniden eğitim egitim Weiterbildung Fortbildung Umschulung Qualifizierung
search-stage-recognition = denklik denkliği denkligi denklik başvurusu basvurusu tanınma taninma diploma diplomalar diplomamın diplomamin belge belgeler karne Anerkennung ausländische Abschlüsse Zeugnisse Anerkennungsberatung

## Notices
config-failed = Harita yüklenemedi: { $reason }
config-foreign = “{ $path }” bu sunucuda değil ({ $origin })
bad-address = “{ $path }” geçerli bir adres değil
file-problem = “{ $file }”: { $message }
file-missing = “{ $file }” dosyasındaki yerler eksik: { $message }
retry = Tekrar dene
part-loading = Yükleniyor …
part-failed = Haritanın bu bölümü gelmedi.
retrying = Tekrar yükleniyor …
skipped = { $count ->
    [one] “{ $file }” dosyasında 1 kayıt atlandı:
   *[other] “{ $file }” dosyasında { $n } kayıt atlandı:
  }
# For visitors: one plain line per kind of trouble (editors see the details with ?notices=all).
trouble-map = Harita şu anda yüklenemiyor.
trouble-map-broken = Harita şu anda gösterilemiyor. Lütfen daha sonra tekrar deneyin.
trouble-unavailable = Bazı yerler şu anda gösterilemiyor ({ $files }).
trouble-unavailable-still = Bazı yerler hâlâ gösterilemiyor ({ $files }). Lütfen daha sonra tekrar deneyin.
trouble-broken = Bir dosya hatalı olduğu için bazı yerler eksik ({ $files }). Lütfen bu sitenin yöneticisine haber verin.
link-place-missing = Bağlantıdaki yer bu haritada yok.
trouble-incomplete = { $count ->
    [one] 1 kayıt eksik olduğu için gösterilmiyor.
   *[other] { $n } kayıt eksik olduğu için gösterilmiyor.
  }
trouble-base = Haritadaki sınırlar ve yer adları şu anda gösterilemiyor.
notices-more = { $count ->
    [one] 1 uyarı daha
   *[other] { $n } uyarı daha
  }
notices-fewer = Daha az uyarı

## Problems in configuration and data (also for the editors' checker)
at-feature = Kayıt { $n }
at-feature-named = Kayıt { $n } (“{ $place }”)
p-no-answer = dosya zamanında gelmedi (sunucu { $secs } saniye boyunca hiçbir şey göndermedi)
p-not-found = dosya bulunamadı (hata 404)
p-server-error = sunucuda şu anda bir sorun var (hata { $code })
p-http-error = sunucu dosyayı vermiyor (hata { $code })
p-connection = sunucuyla bağlantı kesildi
p-invalid-layer = harita katmanı okunamıyor ({ $message })
p-invalid-json = geçersiz JSON, satır { $line }, sütun { $column }: { $syntax ->
    [eof-object] dosya, bir nesne “{"}"}” ile kapanmadan bitiyor (kesilmiş olabilir mi?)
    [eof-list] dosya, bir liste “]” ile kapanmadan bitiyor (kesilmiş olabilir mi?)
    [eof-string] dosya bir metnin ortasında bitiyor: kapanış tırnak işareti " eksik
    [eof-value] dosya, bir değerin gelmesi gereken yerde bitiyor (dosya boş mu, kesilmiş mi?)
    [comma-or-brace] burada sonraki kayıttan önce bir virgül ya da kapanış parantezi “{"}"}” eksik
    [comma-or-bracket] burada sonraki liste öğesinden önce bir virgül ya da kapanış köşeli parantezi “]” eksik
    [colon] addan sonra iki nokta “:” eksik
    [value] burada bir değer bekleniyor: "…" içinde bir metin, bir sayı, true, false, null, bir nesne {"{"}…{"}"} ya da bir liste […]
    [quote] burada çift tırnak içinde bir metin "…" bekleniyor
    [key] burada çift tırnak içinde bir ad bekleniyor, örneğin "name"
    [trailing-comma] son kayıttan sonra fazladan bir virgül var
    [html] sunucu veri yerine bir web sayfası (HTML) gönderdi: dosyanın adresi doğru mu?
    [trailing-characters] verilerin bitişinden sonra hâlâ bir şey var
    [control-character] bir metinde satır sonu ya da sekme var; "…" içinde bunları \n ya da \t olarak yazın
    [escape] bir metindeki ters eğik çizgi \ geçerli bir karakter başlatmıyor (ters eğik çizginin kendisini \\ olarak yazın)
    [number] geçersiz sayı (ondalık için virgül değil nokta; 07 gibi başta sıfır olmamalı; çok büyük olmamalı)
    [too-deep] veriler çok derin iç içe geçmiş
   *[other] metin bu noktada geçerli JSON değil
  }
p-not-feature-collection = { $kind ->
    [feature] dosya tek bir Feature içeriyor; bunu “features” listesinde taşıyan bir FeatureCollection bekleniyor: {"{"}"type": "FeatureCollection", "features": [ … ]{"}"}
    [geometry] dosya yalnızca bir geometri içeriyor (“{ $found }”); “geometry” değeri “Point” olan Feature'lardan oluşan bir FeatureCollection bekleniyor
    [case] “type” değeri “FeatureCollection” olmalı, bulunan: “{ $found }” (büyük ve küçük harflere dikkat edin)
   *[other] GeoJSON FeatureCollection değil: “type” değeri “{ $found }”, beklenen “FeatureCollection”
  }
p-root-not-object = dosya bir GeoJSON FeatureCollection {"{"}"type": "FeatureCollection", "features": [ … ]{"}"} değil; bulunan: { $found }
p-no-feature-list = “features” eksik ya da bir liste değil
p-found = { $found ->
    [null] null
    [bool] { $value }
    [number] sayı { $value }
    [text] metin "{ $value }"
    [list] liste […]
   *[object] nesne {"{"}…{"}"}
  }
p-feature-not-object = GeoJSON Feature değil: bir nesne {"{"}"type": "Feature", …{"}"} bekleniyor, bulunan: { $found }
p-missing-member = { $member ->
    [collection-type] “type” eksik (beklenen: “FeatureCollection”)
    [feature-type] “type” eksik (beklenen: “Feature”)
    [geometry-type] geometrinin “type” alanı eksik (bir yer için: “Point”)
    [coordinates] geometrinin “coordinates” alanı eksik
    [geometries] GeometryCollection'ın “geometries” alanı eksik
   *[other] “{ $key }” eksik
  }
p-wrong-type-name = “type” değeri “{ $expected }” olmalı, bulunan: { $found }{ $hint ->
    [case] {" "}(büyük ve küçük harflere dikkat edin)
   *[none] {""}
  }
p-unknown-geometry = bilinmeyen geometri türü: { $found }{ $suggestion ->
    [none] {" "}(olası türler: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection; haritadaki bir yer “Point” türündedir)
   *[other] {" "}– büyük olasılıkla “{ $suggestion }” kastediliyor (büyük ve küçük harflere dikkat edin)
  }
p-wrong-value = “{ $member }” { $expected ->
    [object-or-null] bir nesne {"{"}…{"}"} ya da null
    [list] bir liste […]
    [text-or-number] bir metin ya da bir sayı
    [numbers] bir sayı listesi
    [geometries] geometri nesnelerinden {"{"}"type": …{"}"} oluşan bir liste
   *[object] bir nesne {"{"}…{"}"}
  } olmalı, bulunan: { $found }
p-coordinates-shape = { $geometry } için “coordinates”: burada { $depth ->
    [0] bir konum [boylam, enlem]
    [1] konumlardan oluşan bir liste [[boylam, enlem], …]
    [2] çizgilerden oluşan bir liste [[[boylam, enlem], …], …]
   *[other] çokgenlerden oluşan bir liste [[[[boylam, enlem], …], …], …]
  } bekleniyor, bulunan: { $found }
p-coordinate-not-number = koordinat bir sayı olmalı, bulunan: { $found }
p-position-too-short = bir konum için iki sayı gerekir [boylam, enlem], bulunan: { $n ->
    [0] boş bir liste
    [one] yalnızca bir sayı
   *[other] { $n } sayı
  }
p-missing-geometry = geometri eksik
p-not-a-point = geometri bir Point değil, bulunan: { $found }
p-out-of-range = koordinatlar [{ $lon }, { $lat }] geçerli aralığın dışında (boylam −180 ile 180, enlem −90 ile 90 arasında olmalı)
p-missing = zorunlu alan “{ $field }” eksik
p-empty = zorunlu alan “{ $field }” boş
p-wrong-type = “{ $field }” { $expected ->
    [text] bir metin
    [list] metinlerden oluşan bir liste
    [year] 2027 ya da “2027/28” gibi bir mesleki eğitim yılı
   *[other] { $expected }
  } olmalı
p-unknown-category = “{ $value }” kategorisi bilinmiyor (bilinen kategoriler: { $known })
p-duplicate-id = “{ $id }” kimliği (ID) iki kez var (zaten şurada var: { $file })
p-invalid-website = “website” bir http(s) adresi değil, bu yüzden bağlantı verilmiyor: “{ $value }”
p-invalid-email = “email” bir e-posta adresi değil: “{ $value }”
p-invalid-phone = “phone” bir telefon numarası değil: “{ $value }”
p-invalid-wheelchair = “wheelchair” değeri yes, limited ya da no olmalı, “{ $value }” değil
p-invalid-date = “{ $field }” YYYY-AA-GG biçiminde bir tarih değil: “{ $value }”
p-invalid-date-time = “{ $field }” okunabilir bir zaman değil: “{ $value }” (izin verilenler: 2027-01-16, Almanya saatiyle 2027-01-16T18:00 ya da saat dilimiyle, örneğin 2027-01-16T18:00:00+01:00)
p-end-before-start = “{ $field }” başlangıçtan önce: { $end }, { $start } tarihinden önce. Harita bitişi göstermez.
p-invalid-config = yapılandırma geçersiz: { $message }
p-invalid-template = “basemap.url” geçerli bir harita karosu şablonu değil: { $message }
p-invalid-color = “{ $category }” kategorisinin rengi “{ $value }”, #1a6b3c gibi bir renk değil
p-duplicate-category = “{ $id }” kategorisi iki kez var
p-no-categories = “categories” boş
p-invalid-center = “center” değeri WGS 84 sisteminde [boylam, enlem] olmalı
p-invalid-zoom = “zoom” değeri { $value }, 0 ile 22 arasında değil

## Phone view, hints on the map, actions
search-region = Yer ara
view-switch = Görünüm
view-map = Harita
view-list = Liste
loading-map = Harita yükleniyor …
no-results-map = Arama ve filtrelere uyan yer yok.
hint-wheel = Yakınlaştırmak için Ctrl + fare tekerleğini kullanın
hint-wheel-apple = Yakınlaştırmak için ⌘ + fare tekerleğini kullanın
hint-two-fingers = Haritayı iki parmakla hareket ettirin
tiles-failed = Arka plan haritasına ulaşılamıyor
consent-title = Arka plan haritası
consent-skip = Arka plan haritası olmadan devam et
consent-again = Arka plan haritası seçeneğini göster
basemap-toggle = Arka plan haritası
action-call = Telefonla ara
action-route = Rota
action-website = İnternet sitesi
action-email = E-posta

## Search, filters, list
search-label = Arayın: ad, meslek, olanak veya yer
search-label-short = Arayın
search-placeholder = örneğin Einzelhandel, Buchholz …
places-found = { $n } { $count ->
    [one] yer
   *[other] yer
  } bulundu
quick-title = Hızlı başlangıç
quick-pupils = Öğrenciyim
quick-pupils-hint = Öğrenciler için mesleki yönlendirme (Berufsorientierung), staj (Praktikum) ve mesleki eğitim yerleri (Ausbildungsplatz).
quick-parents = Ebeveynler
quick-parents-hint = Çocuklarına meslek yolunda eşlik eden ebeveynler için danışmanlık ve yönlendirme.
quick-adults = Yetişkinler / İleri eğitim
quick-adults-hint = Yetişkinler için ileri eğitim (Weiterbildung), meslek değiştirme eğitimi (Umschulung) ve danışmanlık.
quick-newcomers = Almanya'da yeniyim
quick-newcomers-hint = Almanya'ya yeni gelen göçmenler için danışmanlık; yabancı diplomaların denkliği (Anerkennung) konusunda da.
filters = Filtreler
filter-town = Şehir veya belediye
filter-town-all = Tüm şehirler ve belediyeler
filter-offer = Meslek veya olanak
filter-offer-hint = Yazarken öneriler çıkar; bir meslek adının bir kısmı ya da başka bir biçimi de o mesleği bulur (“Tischlerin”, “Kauffrau”).
filter-audience = Hedef grup
filter-stage = Eğitim aşaması
filter-clear = Sıfırla: { $name }
filter-reset = Tüm filtreleri sıfırla
results = Sonuç listesi
sort-by = Sıralama
sort-name = Ad
sort-distance = Uzaklık
list-in-view = Yalnızca harita görünümündeki yerler
show-more = { $n } tane daha göster
no-results = Yer bulunamadı. Aramayı değiştirin ya da filtreleri sıfırlayın.
distance = { $km } km uzaklıkta
near-me = Yakınımda
open-now-filter = Yalnızca şu an açık olan yerler
open-now-hint = Çalışma saatlerine göre, Almanya saatiyle ve Aşağı Saksonya'daki resmî tatiller dikkate alınarak. Çalışma saatleri belirtilmemiş yerler bu durumda gösterilmez.
hours-now = Şu an
hours-open = açık, kapanış saat { $time }
hours-open-always = 24 saat açık
hours-closed = kapalı
hours-ph = resmî tatil
hours-opens-today = kapalı, açılış bugün saat { $time }
hours-opens-tomorrow = kapalı, açılış yarın saat { $time }
hours-opens-day = kapalı, açılış { $day } saat { $time }
hours-opens-date = kapalı, açılış { $date } saat { $time }
hours-unknown = Çalışma saatleri bilinmiyor
hours-holiday = Bugün resmî tatil: { $name }.
weekday-0 = Pzt
weekday-1 = Sal
weekday-2 = Çar
weekday-3 = Per
weekday-4 = Cum
weekday-5 = Cmt
weekday-6 = Paz
near-place = Posta kodu veya yer
near-place-hint = Örneğin 21244 ya da Buchholz. Yazdıklarınız tarayıcınızda kalır.
near-radius = Yarıçap
near-radius-any = tüm ilçe (Landkreis)
near-radius-km = { $km } km
near-clear = Yeri kaldır
near-unknown = Harita “{ $text }” yerini tanımıyor. Lütfen listeden ilçedeki bir posta kodunu ya da yeri seçin.
near-summary = { $place } çevresinde { $km } km içinde { $n } { $count ->
    [one] yer
   *[other] yer
  }.
near-from = Uzaklıklar şu yere göre: { $place }.
near-plus-remote = Ayrıca sabit yeri olmayan { $n } yer.
near-still = Geçerli olmaya devam ediyor: { $place }.
near-me-busy = Konumunuz belirleniyor …
# $reason: refused (the visitor or the browser did not allow it), timeout, or anything else.
near-me-denied = Konumunuz kullanılamıyor ({ $reason ->
        [refused] izin verilmedi
        [timeout] zaman aşımı
       *[other] tarayıcı konumu belirleyemiyor
    }). Harita konum olmadan da çalışır.
near-me-ok = Liste uzaklığa göre sıralandı. Konumunuz tarayıcınızda kalır.
my-position = Konumunuz
directions = Yol tarifi
directions-hvv = Otobüs ve trenle (HVV sefer bilgisi)
directions-osm = OpenStreetMap'te rota
copy-link = Bağlantıyı kopyala
link-copied = Bağlantı kopyalandı
cluster-label = { $n } { $count ->
    [one] yer
   *[other] yer
  }
cluster-list = Bu noktadaki yerler

## Saved list, comparison, print view
mark = Listeme ekle
marks-full = Listem dolu ({ $max } yer). Önce bir yeri çıkarın.
marks-title = Listem
mark-remove = Listemden çıkar: { $name }
mark-remove-short = Çıkar
mark-compare = Karşılaştır
marks-missing = { $count ->
    [one] Listemdeki 1 yer verilerde yok (ya da artık yok).
   *[other] Listemdeki { $count } yer verilerde yok (ya da artık yok).
}
marks-empty = Listem henüz boş. Bir yerin ayrıntılarında “Listeme ekle” ile o yeri bu listeye ekleyebilirsiniz. Liste yalnızca sayfanın adresinde durur: bağlantıyı alan herkes listeyi de görür; hiçbir şey kaydedilmez.
marks-compare-hint = “Karşılaştır” ile en fazla { $max } yeri yan yana koyabilirsiniz.
compare-full = En fazla { $max } yer karşılaştırılabilir. Önce birini çıkarın.
marks-print = Listemi yazdır
field-distance = Uzaklık
compare-next-date = Sonraki etkinlik
compare-title = { $count } yerin karşılaştırması
list-print = Listeyi yazdır
sheet-marks = Listem
sheet-list = Yer listesi
sheet-first = { $total } yerden ilk { $shown } tanesi
sheet-count = { $count ->
    [one] 1 yer
   *[other] { $count } yer
}
sheet-date = Tarih: { $date }
sheet-print = Yazdır
sheet-close = Haritaya dön
sheet-map = Yerlerin haritası, listedekiyle aynı numaralarla
