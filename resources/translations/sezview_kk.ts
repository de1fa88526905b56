<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Land parcels of the Alatau special economic zone.</source>
        <translation>«Алатау» арнайы экономикалық аймағының жер учаскелері.</translation>
    </message>
    <message>
        <source>A dataset.json or a layer file (.shp, .gpkg). Default: the last one opened, else the bundled sample.</source>
        <translation>dataset.json файлы немесе қабат файлы (.shp, .gpkg). Әдепкі бойынша — соңғы ашылғаны, ол болмаса бағдарламамен бірге берілген үлгі.</translation>
    </message>
    <message>
        <source>Where to keep dataset caches.</source>
        <translation>Деректер жинақтарының кэші сақталатын орын.</translation>
    </message>
    <message>
        <source>Language: en, ru or kk.</source>
        <translation>Тіл: en, ru немесе kk.</translation>
    </message>
    <message>
        <source>Open at this view: longitude,latitude,scale (View ▸ Copy the view).</source>
        <translation>Осы көріністе ашу: бойлық,ендік,масштаб (Көрініс ▸ Көріністі көшіру).</translation>
    </message>
    <message>
        <source>The allocation register: sqlite:FILE or postgresql://… (default: the one chosen in Tools ▸ Allocation register).</source>
        <translation>Учаскелерді беру тізілімі: sqlite:ФАЙЛ немесе postgresql://… (әдепкісі — Құралдар ▸ Беру тізілімі мәзірінде таңдалғаны).</translation>
    </message>
    <message>
        <source>A raster file or tile address shown under the map for this session.</source>
        <translation>Осы сеанста карта астында көрсетілетін растрлық файл немесе тайлдар мекенжайы.</translation>
    </message>
    <message>
        <source>The credit of a tile address.</source>
        <translation>Тайлдар мекенжайының дереккөзін көрсету.</translation>
    </message>
</context>
<context>
    <name>sez::AllocationCheck</name>
    <message>
        <source>&apos;%1&apos; is not a value of %2 that the dataset %3 knows (%4)%5</source>
        <translation>«%1» — %3 деректер жиынында «%2» өрісінің белгісіз мәні (%4)%5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an investor that the dataset %2 or the register knows%3 (to record a new investor, say that it is new: --new-investor)</source>
        <translation>«%1» — %2 деректер жиынына да, тізілімге де белгісіз инвестор%3 (жаңа инвесторды жазу үшін оның жаңа екенін көрсетіңіз: --new-investor)</translation>
    </message>
    <message>
        <source>%1: no parcel of the dataset %2 has this cadastral number</source>
        <translation>%1: %2 деректер жиынында мұндай кадастрлық нөмірі бар учаске жоқ</translation>
    </message>
</context>
<context>
    <name>sez::AllocationConflictDialog</name>
    <message>
        <source>Record mine over version %1</source>
        <translation>Менікін %1-нұсқаның үстінен жазу</translation>
    </message>
    <message>
        <source>Keep the register&apos;s</source>
        <translation>Тізілімдегідей қалдыру</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile</source>
        <translation>%1 осы уақытта өзгертілді</translation>
    </message>
    <message>
        <source>While you were editing, %1 recorded version %2 of this parcel (%3). Nothing has been overwritten. Compare, then choose.</source>
        <translation>Сіз түзетіп жатқанда %1 осы учаскенің %2-нұсқасын жазды (%3). Ештеңе қайта жазылған жоқ. Салыстырып, таңдаңыз.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>басқа жұмыс орны</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>You entered</source>
        <translation>Сіз енгіздіңіз</translation>
    </message>
    <message>
        <source>In the register now</source>
        <translation>Қазір тізілімде</translation>
    </message>
</context>
<context>
    <name>sez::AllocationEditor</name>
    <message>
        <source>A new investor, not yet known to the dataset or the register</source>
        <translation>Деректер жиынына да, тізілімге де әлі белгісіз жаңа инвестор</translation>
    </message>
    <message>
        <source>Edit allocation: %1</source>
        <translation>Беруді өзгерту: %1</translation>
    </message>
    <message>
        <source>e.g. Akimat decision No. 117 of 14.03.2025</source>
        <translation>мысалы, әкімдіктің 14.03.2025 жылғы № 117 шешімі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>The register has no decision on this parcel yet: the values are the source&apos;s.</source>
        <translation>Тізілімде бұл учаске бойынша әлі шешім жоқ: мәндер бастапқы деректерден алынған.</translation>
    </message>
    <message>
        <source>Version %1 of the register, recorded %2 by %3.</source>
        <translation>Тізілімнің %1-нұсқасы, %2 жазылған, авторы: %3.</translation>
    </message>
    <message>
        <source>Nothing was changed: change a value, or Cancel.</source>
        <translation>Ештеңе өзгертілген жоқ: мәнді өзгертіңіз немесе «Бас тарту» басыңыз.</translation>
    </message>
    <message>
        <source>Say why: the akimat&apos;s decision number and date.</source>
        <translation>Негіздемені көрсетіңіз: әкімдік шешімінің нөмірі мен күні.</translation>
    </message>
</context>
<context>
    <name>sez::AllocationFields</name>
    <message>
        <source>%1 must be a whole number of zero or more, not &apos;%2&apos;</source>
        <translation>%1 нөлден кем емес бүтін сан болуы керек, «%2» емес</translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more, not &apos;%2&apos;</source>
        <translation>%1 нөлден кем емес сан болуы керек, «%2» емес</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>%1 ЖЖЖЖ-АА-КК түріндегі күн болуы керек, «%2» емес</translation>
    </message>
    <message>
        <source>(the source&apos;s)</source>
        <translation>(бастапқы деректерден)</translation>
    </message>
</context>
<context>
    <name>sez::AllocationRegister</name>
    <message>
        <source>You are signed in to the register as &apos;%1&apos;, a role that may read allocations but not change them. Ask the register&apos;s administrator for the officer role (sezview_officer).</source>
        <translation>Сіз тізілімге «%1» ретінде кірдіңіз: бұл рөл учаскелерді беру туралы мәліметтерді оқи алады, бірақ өзгерте алмайды. Тізілім әкімшісінен қызметкер рөлін (sezview_officer) сұраңыз.</translation>
    </message>
    <message>
        <source>The register %1 was opened for reading only.</source>
        <translation>%1 тізілімі тек оқу үшін ашылды.</translation>
    </message>
    <message>
        <source>The register file %1 may only be read: you have no right to write it.</source>
        <translation>%1 тізілім файлын тек оқуға болады: сізде оған жазу құқығы жоқ.</translation>
    </message>
    <message>
        <source>The register database %1 only reads (a standby server or a read-only session): changes cannot be recorded there.</source>
        <translation>%1 тізілім дерекқоры тек оқу режимінде (резервтік сервер немесе тек оқуға арналған сеанс): онда өзгерістерді жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 is not a text field of the register</source>
        <translation>%1 — тізілімнің мәтіндік өрісі емес</translation>
    </message>
    <message>
        <source>%1: the lease would end (%2) before it starts (%3)</source>
        <translation>%1: жалға алу басталмай (%3) тұрып аяқталып қалар еді (%2)</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile by %2: the register is at version %3, newer than the one this edit started from. Nothing was overwritten; look at the new values and edit again.</source>
        <translation>%1 учаскесін осы уақытта %2 өзгертті: тізілімде енді %3-нұсқа, бұл түзету басталған нұсқадан жаңарақ. Ештеңе қайта жазылған жоқ; жаңа мәндерді қарап, қайта түзетіңіз.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>басқа жұмыс орны</translation>
    </message>
    <message>
        <source>an allocation change needs the parcel&apos;s cadastral number</source>
        <translation>өзгеріс үшін учаскенің кадастрлық нөмірі қажет</translation>
    </message>
    <message>
        <source>%1: an allocation change needs its reason, e.g. the akimat&apos;s decision number and date</source>
        <translation>%1: өзгеріс үшін негіздеме қажет, мысалы әкімдік шешімінің нөмірі мен күні</translation>
    </message>
    <message>
        <source>%1 is the source&apos;s to say, not the register&apos;s</source>
        <translation>%1 тізілімнен емес, бастапқы деректерден алынады</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid value for %3</source>
        <translation>%1: «%2» — %3 үшін жарамсыз мән</translation>
    </message>
    <message>
        <source>undoing change #%1 needs its reason, e.g. the akimat&apos;s decision number and date</source>
        <translation>№%1 өзгерісті болдырмау үшін негіздеме қажет, мысалы әкімдік шешімінің нөмірі мен күні</translation>
    </message>
    <message>
        <source>change #%1 cannot be undone: %2 of %3 was changed again since; record the value you want instead</source>
        <translation>№%1 өзгерісті болдырмау мүмкін емес: %3 учаскесінің %2 өрісі содан бері қайта өзгертілген; оның орнына қажетті мәнді жазыңыз</translation>
    </message>
    <message>
        <source>the register has no change #%1</source>
        <translation>тізілімде №%1 өзгеріс жоқ</translation>
    </message>
</context>
<context>
    <name>sez::AttributeTable</name>
    <message>
        <source>Selected only</source>
        <translation>Тек таңдалғандар</translation>
    </message>
    <message>
        <source>Filter, e.g. zone = &apos;industrial&apos; and status = &apos;free&apos; and area_ha &gt;= 10</source>
        <translation>Сүзгі, мысалы: zone = &apos;industrial&apos; and status = &apos;free&apos; and area_ha &gt;= 10</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Сүзгі</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>Shown: %1; selected: %2</source>
        <translation>Көрсетілген: %1; таңдалған: %2</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>Деректер жинағы ашылмаған.</translation>
    </message>
    <message>
        <source>Export parcels to CSV</source>
        <translation>Учаскелерді CSV-ге экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Барлығын таңдау</translation>
    </message>
    <message>
        <source>Select every parcel the table shows</source>
        <translation>Кестеде көрсетілген барлық учаскелерді таңдау</translation>
    </message>
    <message>
        <source>Invert selection</source>
        <translation>Таңдауды керілеу</translation>
    </message>
    <message>
        <source>Select the parcels the table shows that are not selected, and nothing else</source>
        <translation>Кестеде көрсетілген, бірақ таңдалмаған учаскелерді ғана таңдау</translation>
    </message>
    <message>
        <source>Zoom to selected</source>
        <translation>Таңдалғандарға жақындату</translation>
    </message>
    <message>
        <source>Show the selected parcels on the map</source>
        <translation>Таңдалған учаскелерді картада көрсету</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Бағандар…</translation>
    </message>
    <message>
        <source>Choose the columns and their order; dragging a header moves its column too</source>
        <translation>Бағандарды және олардың ретін таңдау; бағанды тақырыбынан сүйреп те жылжытуға болады</translation>
    </message>
    <message>
        <source>Hide the column “%1”</source>
        <translation>«%1» бағанын жасыру</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Сұрыптау…</translation>
    </message>
</context>
<context>
    <name>sez::CacheFingerprint</name>
    <message>
        <source>%1 was removed</source>
        <translation>%1 жойылды</translation>
    </message>
    <message>
        <source>%1 changed (size %2 → %3 bytes)</source>
        <translation>%1 өзгерді (өлшемі %2 → %3 байт)</translation>
    </message>
    <message>
        <source>%1 changed (its content differs)</source>
        <translation>%1 өзгерді (мазмұны басқа)</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 қосылды</translation>
    </message>
    <message>
        <source>the table %1 of %2 changed</source>
        <translation>%2 ішіндегі %1 кестесі өзгерді</translation>
    </message>
</context>
<context>
    <name>sez::CardView</name>
    <message>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <source>%1 E, %2 N</source>
        <translation>шығыс %1, солтүстік %2</translation>
    </message>
</context>
<context>
    <name>sez::ChangesReport</name>
    <message>
        <source>Allocation changes from %1 to %2</source>
        <translation>%1 бастап %2 дейінгі учаскелерді беру өзгерістері</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Деректер жиыны: %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Тізілім: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Жасалған күні: %1</translation>
    </message>
    <message>
        <source>Changes: %1; parcels changed: %2</source>
        <translation>Өзгерістер: %1; өзгертілген учаскелер: %2</translation>
    </message>
    <message>
        <source>No parcel changed its status.</source>
        <translation>Бірде-бір учаске мәртебесін өзгертпеді.</translation>
    </message>
    <message>
        <source>Statuses given: %1</source>
        <translation>Берілген мәртебелер: %1</translation>
    </message>
    <message>
        <source>The register recorded no change in this period.</source>
        <translation>Бұл кезеңде тізілім бірде-бір өзгерісті жазбады.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>undoes No. %1: %2</source>
        <translation>№ %1 болдырмайды: %2</translation>
    </message>
</context>
<context>
    <name>sez::ColumnChooser</name>
    <message>
        <source>Columns of the attribute table</source>
        <translation>Атрибуттар кестесінің бағандары</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them, or use the buttons, to order them.</source>
        <translation>Көрсетілетін бағандарды белгілеңіз; ретін сүйреп немесе батырмалармен өзгертіңіз.</translation>
    </message>
</context>
<context>
    <name>sez::Dashboard</name>
    <message>
        <source>Other</source>
        <translation>Басқалары</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>Figures of the %1 selected.</source>
        <translation>Таңдалғандардың көрсеткіштері: %1.</translation>
    </message>
    <message>
        <source>Figures of the whole SEZ.</source>
        <translation>Бүкіл АЭА көрсеткіштері.</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 жұмыс орны</translation>
    </message>
    <message>
        <source>SEZ area inside and outside the city</source>
        <translation>АЭА алаңы қала шегінде және шегінен тыс</translation>
    </message>
    <message>
        <source>Inside the city</source>
        <translation>Қала шегінде</translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation>Қала шегінен тыс</translation>
    </message>
    <message>
        <source>Area by zone</source>
        <translation>Аймақтар бойынша алаң</translation>
    </message>
    <message>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <source>Investment by sector (zone)</source>
        <translation>Салалар (аймақтар) бойынша инвестиция</translation>
    </message>
    <message>
        <source>billion ₸</source>
        <translation>млрд ₸</translation>
    </message>
    <message>
        <source>Jobs by sector (zone)</source>
        <translation>Салалар (аймақтар) бойынша жұмыс орындары</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>жұмыс орындары</translation>
    </message>
    <message>
        <source>Parcels by status</source>
        <translation>Мәртебесі бойынша учаскелер</translation>
    </message>
    <message>
        <source>Investment by investor (top 10)</source>
        <translation>Инвесторлар бойынша инвестиция (үздік 10)</translation>
    </message>
    <message>
        <source>Jobs by investor (top 10)</source>
        <translation>Инвесторлар бойынша жұмыс орындары (үздік 10)</translation>
    </message>
    <message>
        <source>Infrastructure objects by kind and status</source>
        <translation>Инфрақұрылым объектілері түрі мен мәртебесі бойынша</translation>
    </message>
    <message>
        <source>Whole SEZ</source>
        <translation>Бүкіл АЭА</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Таңдалғандар</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>учаске</translation>
    </message>
    <message>
        <source>official area</source>
        <translation>ресми алаңы</translation>
    </message>
    <message>
        <source>computed area</source>
        <translation>есептелген алаңы</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>инвестиция</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>Not computed: %1.</source>
        <extracomment>%1: the figures, each with why, separated by semicolons</extracomment>
        <translation>Есептелмеді: %1.</translation>
    </message>
</context>
<context>
    <name>sez::DataSource</name>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: мұндай файл немесе қалта жоқ</translation>
    </message>
    <message>
        <source>%1: is a dataset manifest, not data</source>
        <translation>%1: бұл деректер емес, деректер жинағының манифесі</translation>
    </message>
    <message>
        <source>%1: the folder holds no layer file (Shapefile, MapInfo TAB or MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), nor do its sub-folders</source>
        <translation>%1: қалтада да, оның ішкі қалталарында да қабат файлы жоқ (Shapefile, MapInfo TAB немесе MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf)</translation>
    </message>
    <message>
        <source>%1: the archive holds no layer file (Shapefile, MapInfo TAB or MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), or it is not a readable .zip</source>
        <translation>%1: мұрағатта қабат файлы жоқ (Shapefile, MapInfo TAB немесе MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf) немесе бұл оқылатын .zip емес</translation>
    </message>
</context>
<context>
    <name>sez::DatasetManifest</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: not a valid dataset manifest: %2 at byte %3; fix the JSON</source>
        <translation>%1: деректер жинағының жарамды манифесі емес: %3-байтта %2; JSON-ды түзетіңіз</translation>
    </message>
    <message>
        <source>%1: map_crs &apos;%2&apos; is not an EPSG code PROJ knows; use e.g. &quot;EPSG:32643&quot;</source>
        <translation>%1: map_crs «%2» — PROJ білетін EPSG коды емес; мысалы, &quot;EPSG:32643&quot; деп көрсетіңіз</translation>
    </message>
    <message>
        <source>%1: the manifest lists no layers; add a &quot;layers&quot; array</source>
        <translation>%1: манифестте қабаттар жоқ; &quot;layers&quot; массивін қосыңыз</translation>
    </message>
    <message>
        <source>%1: layer %2 has no &quot;path&quot;</source>
        <translation>%1: %2-қабатта &quot;path&quot; жоқ</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has the unknown role &apos;%3&apos;; use one of %4</source>
        <translation>%1: «%2» қабатының рөлі белгісіз: «%3»; мыналардың бірін қолданыңыз: %4</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; names the unknown encoding &apos;%3&apos;; use e.g. UTF-8, CP1251, CP866 or RK1048</source>
        <translation>%1: «%2» қабаты үшін белгісіз кодтау көрсетілген: «%3»; мысалы, UTF-8, CP1251, CP866 немесе RK1048 қолданыңыз</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket); sezview reads only files. Check the path</source>
        <translation>%1: бұл кәдімгі файл емес (құрылғы, арна немесе сокет); sezview тек файлдарды оқиды. Жолды тексеріңіз</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; is read from %3, outside the dataset&apos;s folder; check that the manifest is the one you meant</source>
        <translation>%1: «%2» қабаты деректер жинағы қалтасынан тыс %3 жолынан оқылады; манифест дұрыс екенін тексеріңіз</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; gives a unit for &apos;%3&apos;, which has none</source>
        <translation>%1: «%2» қабаты бірлігі жоқ «%3» үшін бірлік береді</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; gives &apos;%3&apos; the unknown unit &apos;%4&apos;; use one of %5</source>
        <translation>%1: «%2» қабаты «%3» үшін белгісіз «%4» бірлігін береді; мыналардың бірін қолданыңыз: %5</translation>
    </message>
    <message>
        <source>%1: no such file or directory; give a folder, a layer file (Shapefile, MapInfo TAB or MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), a .zip of them or a dataset.json</source>
        <translation>%1: мұндай файл немесе қалта жоқ; қалтаны, қабат файлын (Shapefile, MapInfo TAB немесе MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), олардың .zip мұрағатын немесе dataset.json көрсетіңіз</translation>
    </message>
</context>
<context>
    <name>sez::DatasetSummary</name>
    <message>
        <source>%1 ha</source>
        <translation>%1 га</translation>
    </message>
    <message>
        <source>%1 KZT</source>
        <translation>%1 теңге</translation>
    </message>
    <message>
        <source>SEZ area:</source>
        <translation>АЭА ауданы:</translation>
    </message>
    <message>
        <source>  inside the city:</source>
        <translation>  қала шегінде:</translation>
    </message>
    <message>
        <source>  outside the city:</source>
        <translation>  қала шегінен тыс:</translation>
    </message>
    <message>
        <source>City limits:</source>
        <translation>Қала шекарасы:</translation>
    </message>
    <message>
        <source>Parcels:</source>
        <translation>Учаскелер:</translation>
    </message>
    <message>
        <source>%1 (%2 official, %3 computed; %4 differ by more than 1 %)</source>
        <translation>%1 (ресми %2, есептелген %3; %4 учаскеде айырма 1 %-дан асады)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>By zone (count, official, computed):</source>
        <translation>Аймақтар бойынша (саны, ресми, есептелген):</translation>
    </message>
    <message>
        <source>By status (count, official, computed):</source>
        <translation>Мәртебе бойынша (саны, ресми, есептелген):</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Жобалар:</translation>
    </message>
    <message>
        <source>%1 (%2 under implementation)</source>
        <translation>%1 (іске асырылуда: %2)</translation>
    </message>
    <message>
        <source>Investment:</source>
        <translation>Инвестициялар:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Жұмыс орындары:</translation>
    </message>
    <message>
        <source>Infrastructure objects:</source>
        <translation>Инфрақұрылым нысандары:</translation>
    </message>
    <message>
        <source>not in the data</source>
        <translation>деректерде жоқ</translation>
    </message>
    <message>
        <source>Not computed, the data does not give them:</source>
        <translation>Есептелмеді, деректер оларды бермейді:</translation>
    </message>
    <message>
        <source>SEZ area: the data has no SEZ boundary layer</source>
        <translation>АЭА ауданы: деректерде АЭА шекарасының қабаты жоқ</translation>
    </message>
</context>
<context>
    <name>sez::DistanceBox</name>
    <message>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <source>any</source>
        <translation>маңызды емес</translation>
    </message>
    <message>
        <source>In metres: 2000 is 2 km. You may also type “2 km”.</source>
        <translation>Метрмен: 2000 — бұл 2 км. «2 км» деп те енгізуге болады.</translation>
    </message>
</context>
<context>
    <name>sez::DistanceBuffersPainter</name>
    <message>
        <source>Within %1 of: %2</source>
        <translation>%2 нысанынан %1 ішінде</translation>
    </message>
</context>
<context>
    <name>sez::EmphasisPainter</name>
    <message>
        <source>Query result</source>
        <translation>Сұрау нәтижесі</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Таңдалған учаскелер</translation>
    </message>
</context>
<context>
    <name>sez::Exporter</name>
    <message>
        <source>GDAL reported no reason</source>
        <translation>GDAL себебін хабарламады</translation>
    </message>
    <message>
        <source>%1: cannot create the column %2: %3</source>
        <translation>%1: %2 бағанын құру мүмкін болмады: %3</translation>
    </message>
    <message>
        <source>%1: cannot start writing: %2</source>
        <translation>%1: жазуды бастау мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1: cannot write parcel %2: %3</source>
        <translation>%1: %2 учаскесін жазу мүмкін болмады: %3</translation>
    </message>
    <message>
        <source>%1: cannot finish writing: %2</source>
        <translation>%1: жазуды аяқтау мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: құру мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the layer: %2</source>
        <translation>%1: қабатты құру мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace %2: %3</source>
        <translation>%1: %2 файлын ауыстыру мүмкін болмады: %3</translation>
    </message>
    <message>
        <source>%1: cannot move %2 into place: %3; nothing was written</source>
        <translation>%1: %2 файлын орнына жылжыту мүмкін болмады: %3; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <source>%1: cannot write in %2</source>
        <translation>%1: %2 ішіне жазу мүмкін емес</translation>
    </message>
    <message>
        <source>%1: GDAL wrote no file</source>
        <translation>%1: GDAL ешбір файл жазған жоқ</translation>
    </message>
    <message>
        <source>; the earlier files are kept in %1</source>
        <translation>; бұрынғы файлдар %1 ішінде сақталды</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — мүмкін, &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1: the directory %2 does not exist</source>
        <translation>%1: %2 қалтасы жоқ</translation>
    </message>
    <message>
        <source>By zone</source>
        <translation>Аймақтар бойынша</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Мәртебелер бойынша</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Аудандар бойынша</translation>
    </message>
    <message>
        <source>By investor</source>
        <translation>Инвесторлар бойынша</translation>
    </message>
    <message>
        <source>%1: cannot create the sheet %2: %3</source>
        <translation>%1: %2 парағын жасау мүмкін болмады: %3</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>%1: cannot write the sheet %2: %3</source>
        <translation>%1: %2 парағын жазу мүмкін болмады: %3</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;%2</source>
        <translation>белгісіз өріс &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>GeoPackage, Shapefile and XLSX are written to a file: give -o FILE</source>
        <translation>GeoPackage, Shapefile және XLSX файлға жазылады: -o ФАЙЛ көрсетіңіз</translation>
    </message>
</context>
<context>
    <name>sez::FeatureCard</name>
    <message>
        <source>Inside the city</source>
        <translation>Қала шегінде</translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation>Қала шегінен тыс</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Қабат</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Жоспарланған мерзімі</translation>
    </message>
    <message>
        <source>Side of the city limits</source>
        <translation>Қала шегіне қатысы</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation>Атауы (%1)</translation>
    </message>
    <message>
        <source>Area (ellipsoidal)</source>
        <translation>Ауданы (эллипсоидта)</translation>
    </message>
    <message>
        <source>Length (ellipsoidal)</source>
        <translation>Ұзындығы (эллипсоидта)</translation>
    </message>
    <message>
        <source>Position (lon, lat)</source>
        <translation>Орны (бойлық, ендік)</translation>
    </message>
    <message>
        <source>Position (EPSG:%1)</source>
        <translation>Орны (EPSG:%1)</translation>
    </message>
</context>
<context>
    <name>sez::FieldTable</name>
    <message>
        <source>Industrial</source>
        <translation>Өнеркәсіптік</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Логистикалық</translation>
    </message>
    <message>
        <source>Agro-processing</source>
        <translation>Агроөңдеу</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергетикалық</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Туристік</translation>
    </message>
    <message>
        <source>Business and finance</source>
        <translation>Іскерлік және қаржылық</translation>
    </message>
    <message>
        <source>Education and medicine</source>
        <translation>Білім және медицина</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Тұрғын</translation>
    </message>
    <message>
        <source>Green / reserve</source>
        <translation>Жасыл / резервтік</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Резервтелген</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Бөлінген</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Салынуда</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Жұмыс істейді</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation>қала шегінде</translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation>қала шегінен тыс</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмір</translation>
    </message>
    <message>
        <source>Official area</source>
        <translation>Ресми алаңы</translation>
    </message>
    <message>
        <source>Computed area</source>
        <translation>Есептелген алаңы</translation>
    </message>
    <message>
        <source>Land category</source>
        <translation>Жер санаты</translation>
    </message>
    <message>
        <source>Permitted use</source>
        <translation>Нысаналы мақсаты</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Инвестор</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Project (Kazakh)</source>
        <translation>Жоба (қазақша)</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Инвестициялар</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Жұмыс орындары</translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation>Жалға алу басталуы</translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation>Жалға алу аяқталуы</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Қуаты</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Су</translation>
    </message>
    <message>
        <source>Gas connection</source>
        <translation>Газға қосылу</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>City of Alatau</source>
        <translation>Алатау қаласы</translation>
    </message>
    <message>
        <source>Nearest substation</source>
        <translation>Ең жақын қосалқы станция</translation>
    </message>
    <message>
        <source>Nearest water intake</source>
        <translation>Ең жақын су алу торабы</translation>
    </message>
    <message>
        <source>Nearest gas pipeline</source>
        <translation>Ең жақын газ құбыры</translation>
    </message>
    <message>
        <source>Nearest wastewater treatment</source>
        <translation>Ең жақын тазарту құрылыстары</translation>
    </message>
    <message>
        <source>Nearest highway</source>
        <translation>Ең жақын автожол</translation>
    </message>
    <message>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <source>₸</source>
        <translation>₸</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>кВт</translation>
    </message>
    <message>
        <source>m³/day</source>
        <translation>м³/тәул</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A column header: a field&apos;s label and its unit, e.g. &quot;Official area, ha&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>Қосалқы станция</translation>
    </message>
    <message>
        <source>Water intake</source>
        <translation>Су алу торабы</translation>
    </message>
    <message>
        <source>Gas pipeline</source>
        <translation>Газ құбыры</translation>
    </message>
    <message>
        <source>Wastewater treatment</source>
        <translation>Тазарту құрылыстары</translation>
    </message>
    <message>
        <source>Highway</source>
        <translation>Автожол</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Жобалау</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Құрылыс</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Қайта құру</translation>
    </message>
</context>
<context>
    <name>sez::GoToDialog</name>
    <message>
        <source>Go to a place</source>
        <translation>Орынға өту</translation>
    </message>
    <message>
        <source>Longitude and latitude (WGS 84)</source>
        <translation>Бойлық пен ендік (WGS 84)</translation>
    </message>
    <message>
        <source>Map coordinates: %1 (EPSG:%2)</source>
        <translation>Карта координаттары: %1 (EPSG:%2)</translation>
    </message>
    <message>
        <source>the map&apos;s CRS</source>
        <translation>картаның координаттар жүйесі</translation>
    </message>
    <message>
        <source>Pulkovo 1942, Gauss-Krüger (the zone from the easting)</source>
        <translation>Пулково 1942, Гаусс-Крюгер (аймақ Y ординатасынан)</translation>
    </message>
    <message>
        <source>or paste a copied view: 77.05120,43.79230,25000</source>
        <translation>немесе көшірілген көріністі қойыңыз: 77.05120,43.79230,25000</translation>
    </message>
    <message>
        <source>Coordinates in</source>
        <translation>Координаттар жүйесі</translation>
    </message>
    <message>
        <source>Scale 1:</source>
        <translation>Масштаб 1:</translation>
    </message>
    <message>
        <source>Copied view</source>
        <translation>Көшірілген көрініс</translation>
    </message>
    <message>
        <source>Longitude (east)</source>
        <translation>Бойлық (шығыс)</translation>
    </message>
    <message>
        <source>Latitude (north)</source>
        <translation>Ендік (солтүстік)</translation>
    </message>
    <message>
        <source>77.0512 or 77°03&apos;04&quot;</source>
        <translation>77,0512 немесе 77°03&apos;04&quot;</translation>
    </message>
    <message>
        <source>43.7923 or 43°47&apos;32&quot;</source>
        <translation>43,7923 немесе 43°47&apos;32&quot;</translation>
    </message>
    <message>
        <source>Easting (Y)</source>
        <translation>Ордината (Y, шығыс)</translation>
    </message>
    <message>
        <source>Northing (X)</source>
        <translation>Абсцисса (X, солтүстік)</translation>
    </message>
    <message>
        <source>13 504 230,50</source>
        <translation>13 504 230,50</translation>
    </message>
    <message>
        <source>504 230,50</source>
        <translation>504 230,50</translation>
    </message>
    <message>
        <source>4 849 870,25</source>
        <translation>4 849 870,25</translation>
    </message>
    <message>
        <source>“%1” is not a view: it reads longitude,latitude,scale, e.g. 77.05120,43.79230,25000.</source>
        <translation>«%1» көрініс емес: бойлық,ендік,масштаб керек, мысалы 77.05120,43.79230,25000.</translation>
    </message>
    <message>
        <source>The view&apos;s place cannot be shown on this map.</source>
        <translation>Бұл көріністің орнын осы картада көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>Write the longitude and latitude in degrees, e.g. 77.0512 and 43.7923, or 77°03&apos;04&quot; and 43°47&apos;32&quot;.</source>
        <translation>Бойлық пен ендікті градуспен жазыңыз, мысалы 77,0512 және 43,7923 немесе 77°03&apos;04&quot; және 43°47&apos;32&quot;.</translation>
    </message>
    <message>
        <source>Write the easting and northing in metres, e.g. 504 230,50 and 4 849 870,25.</source>
        <translation>Ордината мен абсциссаны метрмен жазыңыз, мысалы 504 230,50 және 4 849 870,25.</translation>
    </message>
    <message>
        <source>A Gauss-Krüger easting starts with its zone number (13 for the SEZ): 13 504 230, not 504 230.</source>
        <translation>Гаусс-Крюгер ординатасы аймақ нөмірінен басталады (АЭА үшін 13): 504 230 емес, 13 504 230.</translation>
    </message>
    <message>
        <source>These coordinates cannot be shown on this map.</source>
        <translation>Бұл координаттарды осы картада көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>The scale is a number from 100 to 100,000,000.</source>
        <translation>Масштаб — 100-ден 100 000 000-ға дейінгі сан.</translation>
    </message>
</context>
<context>
    <name>sez::HelpDialog</name>
    <message>
        <source>Query language guide</source>
        <translation>Сұрау тілі бойынша анықтама</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Көрсеткі пернелері</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Картаны жылжыту</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Жақындату немесе алыстату</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Zoom to the whole SEZ</source>
        <translation>Бүкіл АЭА-ны көрсету</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear a measurement or a sketch</source>
        <translation>Өлшеуді немесе нобайды алып тастау</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Тінтуір дөңгелегі</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Курсор тұрған жерде жақындату немесе алыстату</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+сүйреу</translation>
    </message>
    <message>
        <source>Zoom to a box</source>
        <translation>Жақтауға жақындату</translation>
    </message>
    <message>
        <source>Ctrl+drag</source>
        <translation>Ctrl+сүйреу</translation>
    </message>
    <message>
        <source>Select the parcels in a box</source>
        <translation>Жақтаудағы учаскелерді таңдау</translation>
    </message>
    <message>
        <source>Shift+click, Ctrl+click</source>
        <translation>Shift+шерту, Ctrl+шерту</translation>
    </message>
    <message>
        <source>Add a parcel to the selection, or take it out</source>
        <translation>Учаскені таңдауға қосу немесе одан алып тастау</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Бос орын</translation>
    </message>
    <message>
        <source>In a query box: the fields and values that fit</source>
        <translation>Сұрау өрісінде: сәйкес өрістер мен мәндер</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Мәзірлер</translation>
    </message>
    <message>
        <source>Map and query boxes</source>
        <translation>Карта және сұрау өрістері</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
</context>
<context>
    <name>sez::HistoryView</name>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Reason for the undo, e.g. decision No. 130 revoked</source>
        <translation>Болдырмау негіздемесі, мысалы: № 130 шешімнің күші жойылды</translation>
    </message>
    <message>
        <source>Records a new change that sets the selected change&apos;s fields back; the history keeps both.</source>
        <translation>Таңдалған өзгерістің өрістерін қайтаратын жаңа өзгерісті жазады; тарихта екеуі де сақталады.</translation>
    </message>
    <message>
        <source>The register has no changes of this parcel: its values are the source&apos;s.</source>
        <translation>Тізілімде бұл учаскенің өзгерістері жоқ: оның мәндері бастапқы деректерден алынған.</translation>
    </message>
    <message>
        <source>(undoes No. %1)</source>
        <translation>(№ %1 болдырмайды)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Say why the change is undone: the akimat&apos;s decision number and date.</source>
        <translation>Болдырмау негіздемесін көрсетіңіз: әкімдік шешімінің нөмірі мен күні.</translation>
    </message>
</context>
<context>
    <name>sez::HumanLabels</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 га</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>%1 ₸</source>
        <translation>%1 ₸</translation>
    </message>
    <message numerus="yes">
        <source>%Ln parcel(s)</source>
        <translation>
            <numerusform>%Ln учаске</numerusform>
            <numerusform>%Ln учаске</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Жобалау</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Құрылыс</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Қайта құру</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>Жұмыс істейді</translation>
    </message>
    <message>
        <source>%1 trillion ₸</source>
        <translation>%1 трлн ₸</translation>
    </message>
    <message>
        <source>%1 billion ₸</source>
        <translation>%1 млрд ₸</translation>
    </message>
    <message>
        <source>%1 million ₸</source>
        <translation>%1 млн ₸</translation>
    </message>
    <message>
        <source>being computed…</source>
        <translation>есептелуде…</translation>
    </message>
</context>
<context>
    <name>sez::ImageryDialog</name>
    <message>
        <source>Add imagery</source>
        <translation>Түсірілімдерді қосу</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>An orthophoto or other georeferenced image: GeoTIFF, a VRT mosaic, JPEG2000, MBTiles or GeoPackage. It is drawn under the parcels in the map&apos;s coordinate system and remembered for this dataset.</source>
        <translation>Ортофотожоспар немесе географиялық байламы бар басқа сурет: GeoTIFF, VRT мозаикасы, JPEG2000, MBTiles немесе GeoPackage. Ол учаскелердің астында картаның координаттар жүйесінде салынады және осы деректер жинағы үшін есте сақталады.</translation>
    </message>
    <message>
        <source>© the tiles&apos; provider</source>
        <translation>© тайлдарды жеткізуші</translation>
    </message>
    <message>
        <source>Tile address:</source>
        <translation>Тайлдар мекенжайы:</translation>
    </message>
    <message>
        <source>Credit on the map:</source>
        <translation>Картадағы дереккөз:</translation>
    </message>
    <message>
        <source>An XYZ or WMTS address of Web Mercator tiles with {z}, {x} and {y} (or {TileMatrix}, {TileCol} and {TileRow}), e.g. your organisation&apos;s tile server. Tiles are fetched from this address only, while you look at the map, and kept in %1 (up to 512 MB), so an area seen once is shown offline later. Nothing is fetched until you give an address.</source>
        <translation>Web Mercator тайлдарының {z}, {x} және {y} (немесе {TileMatrix}, {TileCol} және {TileRow}) бар XYZ немесе WMTS мекенжайы, мысалы, ұйымыңыздың тайл-сервері. Тайлдар тек осы мекенжайдан және тек картаны қарап отырғанда жүктеледі, %1 ішінде сақталады (512 МБ-қа дейін), сондықтан бір рет қаралған аумақ кейін желісіз де көрсетіледі. Мекенжай берілмейінше ештеңе жүктелмейді.</translation>
    </message>
    <message>
        <source>Raster file</source>
        <translation>Растрлық файл</translation>
    </message>
    <message>
        <source>Tile basemap</source>
        <translation>Тайлдардан базалық карта</translation>
    </message>
    <message>
        <source>Add a raster file</source>
        <translation>Растрлық файлды қосу</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.vrt *.jp2 *.mbtiles *.gpkg *.img *.ecw *.png *.jpg);;All files (*)</source>
        <translation>Растрлар (*.tif *.tiff *.vrt *.jp2 *.mbtiles *.gpkg *.img *.ecw *.png *.jpg);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>sez::ImageryLayerControls</name>
    <message>
        <source>Build overviews…</source>
        <translation>Шолу деңгейлерін құру…</translation>
    </message>
    <message>
        <source>The file is large and has no overviews, so it is slow to draw zoomed out. Overviews are written to a new file beside it (.ovr); the file itself is not changed.</source>
        <translation>Файл үлкен және шолу деңгейлері жоқ, сондықтан ұсақ масштабта баяу салынады. Шолу деңгейлері оның жанындағы жаңа файлға (.ovr) жазылады; файлдың өзі өзгермейді.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Жарықтығы</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контрастылығы</translation>
    </message>
</context>
<context>
    <name>sez::ImageryPanel</name>
    <message>
        <source>No imagery. Add an orthophoto or a tile basemap to see the parcels against the ground; nothing is fetched from the network until you add a basemap.</source>
        <translation>Түсірілімдер жоқ. Учаскелерді жер бетінде көру үшін ортофотожоспар немесе тайлдардан базалық карта қосыңыз; базалық карта қосылмайынша желіден ештеңе жүктелмейді.</translation>
    </message>
    <message>
        <source>Add imagery…</source>
        <translation>Түсірілімдерді қосу…</translation>
    </message>
    <message>
        <source>Building the overviews of %1…</source>
        <translation>%1 шолу деңгейлері құрылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Overviews</source>
        <translation>Шолу деңгейлері</translation>
    </message>
    <message>
        <source>Show, fade, brighten or remove each layer under its row in the Layers panel.</source>
        <translation>Әр қабатты «Қабаттар» панеліндегі өз жолының астында көрсетуге, бәсеңдетуге, жарықтандыруға немесе алып тастауға болады.</translation>
    </message>
</context>
<context>
    <name>sez::ImagerySource</name>
    <message>
        <source>%1–%2° E, %3–%4° N</source>
        <translation>%1–%2° ш. б., %3–%4° с. е.</translation>
    </message>
    <message>
        <source>%1 does not overlap the map: it covers %2, the map %3. Check its coordinate system</source>
        <translation>%1 картамен қиылыспайды: ол %2 аумағын қамтиды, ал карта — %3. Оның координаттар жүйесін тексеріңіз</translation>
    </message>
</context>
<context>
    <name>sez::LayerPanel</name>
    <message>
        <source>Parcel outlines</source>
        <translation>Учаске шекаралары</translation>
    </message>
    <message>
        <source>By zone</source>
        <translation>Аймақтар бойынша</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Мәртебелер бойынша</translation>
    </message>
    <message>
        <source>By investor</source>
        <translation>Инвесторлар бойынша</translation>
    </message>
    <message>
        <source>Colour parcels</source>
        <translation>Учаскелерді бояу</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Қабат</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Мөлдірсіздігі</translation>
    </message>
    <message>
        <source>Tick to show the layer; the slider sets its opacity</source>
        <translation>Белгі қабатты көрсетеді; жүгірткі оның мөлдірсіздігін орнатады</translation>
    </message>
    <message>
        <source>Opacity of “%1”</source>
        <translation>«%1» қабатының мөлдірсіздігі</translation>
    </message>
</context>
<context>
    <name>sez::LayerReader</name>
    <message>
        <source>%1: no such file; check the path in the dataset manifest</source>
        <translation>%1: файл табылмады; деректер жинағының манифесіндегі жолды тексеріңіз</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (permission denied)</source>
        <translation>%1: файлды оқу мүмкін емес (рұқсат жоқ)</translation>
    </message>
    <message>
        <source>%1: the .shx index is missing and no temporary directory is writable to rebuild it; restore the .shx beside the .shp</source>
        <translation>%1: .shx индексі жоқ, ал оны қалпына келтіру үшін жазуға болатын уақытша қалта жоқ; .shx файлын .shp жанына қайтарыңыз</translation>
    </message>
    <message>
        <source>%1: the .shx index is missing; it was rebuilt from the .shp (the original files are unchanged)</source>
        <translation>%1: .shx индексі жоқ; ол .shp бойынша қалпына келтірілді (бастапқы файлдар өзгертілмеді)</translation>
    </message>
    <message>
        <source>not a readable vector file</source>
        <translation>оқылатын векторлық файл емес</translation>
    </message>
    <message>
        <source>%1: the file holds no vector layer</source>
        <translation>%1: файлда векторлық қабат жоқ</translation>
    </message>
    <message>
        <source>%1: there is no layer &apos;%2&apos; in it; check &quot;layer&quot; in the manifest</source>
        <translation>%1: онда «%2» қабаты жоқ; манифесттегі &quot;layer&quot; мәнін тексеріңіз</translation>
    </message>
    <message>
        <source>the dataset manifest says %1</source>
        <translation>деректер жинағының манифесінде көрсетілген: %1</translation>
    </message>
    <message>
        <source>%1 stores text as UTF-8</source>
        <translation>%1 мәтінді UTF-8 түрінде сақтайды</translation>
    </message>
    <message>
        <source>.cpg says &apos;%1&apos;</source>
        <translation>.cpg файлында &apos;%1&apos; көрсетілген</translation>
    </message>
    <message>
        <source>%1: the .cpg names &apos;%2&apos;, which is not a known encoding; the encoding is decided otherwise</source>
        <translation>%1: .cpg файлындағы «%2» — белгісіз кодтау; кодтау басқа жолмен анықталды</translation>
    </message>
    <message>
        <source>the DBF language driver byte is %1</source>
        <translation>DBF тіл драйверінің байты: %1</translation>
    </message>
    <message>
        <source>%1: no transformation from %2 to the map CRS EPSG:%3: %4</source>
        <translation>%1: %2 жүйесінен картаның EPSG:%3 координаттар жүйесіне түрлендіру жоқ: %4</translation>
    </message>
    <message>
        <source>%1: the coordinate system is unknown (no .prj) and the coordinates fit none the project knows; add the .prj, or set the layer&apos;s CRS</source>
        <translation>%1: координаттар жүйесі белгісіз (.prj жоқ) және координаттар жобаға белгілі жүйелердің ешқайсысына сәйкес келмейді; .prj қосыңыз немесе қабаттың координаттар жүйесін көрсетіңіз</translation>
    </message>
    <message>
        <source>%1: no .prj; the coordinates fit EPSG:%2 (%3), which is assumed</source>
        <translation>%1: .prj жоқ; координаттар EPSG:%2 (%3) жүйесіне сәйкес келеді, сол жүйе қабылданды</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: оқу тоқтатылды</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 features could not be read (the file is truncated or corrupt); features read whole: %3</source>
        <translation>
            <numerusform>%1: %2 нысанның %Ln нысаны оқылмады (файл қысқартылған немесе бүлінген); толық оқылғаны: %3</numerusform>
            <numerusform>%1: %2 нысанның %Ln нысаны оқылмады (файл қысқартылған немесе бүлінген); толық оқылғаны: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 features have no geometry</source>
        <translation>
            <numerusform>%1: %2 нысанның %Ln нысанында геометрия жоқ</numerusform>
            <numerusform>%1: %2 нысанның %Ln нысанында геометрия жоқ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries have coordinates that are not numbers and were dropped</source>
        <translation>
            <numerusform>%1: %2 геометрияның %Ln геометриясында сан емес координаттар бар; олар алынып тасталды</numerusform>
            <numerusform>%1: %2 геометрияның %Ln геометриясында сан емес координаттар бар; олар алынып тасталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries had unclosed rings, which were closed</source>
        <translation>
            <numerusform>%1: %2 геометрияның %Ln геометриясында тұйықталмаған сақиналар болды; олар тұйықталды</numerusform>
            <numerusform>%1: %2 геометрияның %Ln геометриясында тұйықталмаған сақиналар болды; олар тұйықталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries were invalid (self-intersections and the like) and were repaired</source>
        <translation>
            <numerusform>%1: %2 геометрияның %Ln геометриясы жарамсыз болды (өздігінен қиылысу және т.б.) және түзетілді</numerusform>
            <numerusform>%1: %2 геометрияның %Ln геометриясы жарамсыз болды (өздігінен қиылысу және т.б.) және түзетілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries were invalid and could not be repaired; they were dropped</source>
        <translation>
            <numerusform>%1: %2 геометрияның %Ln геометриясы жарамсыз және түзетілмеді; олар алынып тасталды</numerusform>
            <numerusform>%1: %2 геометрияның %Ln геометриясы жарамсыз және түзетілмеді; олар алынып тасталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries could not be transformed into the map CRS and were dropped</source>
        <translation>
            <numerusform>%1: %2 геометрияның %Ln геометриясын картаның координаттар жүйесіне түрлендіру мүмкін болмады; олар алынып тасталды</numerusform>
            <numerusform>%1: %2 геометрияның %Ln геометриясын картаның координаттар жүйесіне түрлендіру мүмкін болмады; олар алынып тасталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: text values with bytes that are not valid %2, shown as �: %Ln</source>
        <translation>
            <numerusform>%1: %2 кодтауында жарамсыз байттары бар мәтін мәндері (� ретінде көрсетілген): %Ln</numerusform>
            <numerusform>%1: %2 кодтауында жарамсыз байттары бар мәтін мәндері (� ретінде көрсетілген): %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: GDAL reported: %2</source>
        <translation>%1: GDAL хабары: %2</translation>
    </message>
    <message>
        <source>%1: the file %2 is missing; the layer cannot be read without it. Restore it beside %3</source>
        <translation>%1: %2 файлы жоқ; онсыз қабатты оқу мүмкін емес. Оны %3 файлының жанына қайтарыңыз</translation>
    </message>
    <message>
        <source>%1: the header is damaged: %2; its columns cannot be read apart. Restore the file from a copy</source>
        <translation>%1: тақырып бүлінген: %2; бағандарды бір-бірінен ажырату мүмкін емес. Файлды көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message numerus="yes">
        <source>%1: the header promises %2 records but the file holds %Ln whole</source>
        <translation>
            <numerusform>%1: тақырып %2 жазба береді, бірақ файлда тек %Ln жазба толық</numerusform>
            <numerusform>%1: тақырып %2 жазба береді, бірақ файлда тек %Ln жазба толық</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the .prj cannot be read (it is not a coordinate system GDAL understands) and the coordinates fit none the project knows; replace the .prj</source>
        <translation>%1: .prj файлы оқылмайды (GDAL онда координаттар жүйесін танымайды), ал координаттар жобаға белгілі ешқайсысына сәйкес келмейді; .prj файлын ауыстырыңыз</translation>
    </message>
    <message>
        <source>%1: the .prj cannot be read (it is not a coordinate system GDAL understands); the coordinates fit EPSG:%2 (%3), which is assumed</source>
        <translation>%1: .prj файлы оқылмайды (GDAL онда координаттар жүйесін танымайды); координаттар EPSG:%2 (%3) жүйесіне сәйкес, сол қабылданды</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries were too complex to repair in the time allowed; they were dropped</source>
        <translation>
            <numerusform>%1: %2 геометрияның %Ln геометриясы бөлінген уақытта түзетуге тым күрделі; олар алынып тасталды</numerusform>
            <numerusform>%1: %2 геометрияның %Ln геометриясы бөлінген уақытта түзетуге тым күрделі; олар алынып тасталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries have coordinates far outside what the layer&apos;s coordinate system covers; they were dropped</source>
        <translation>
            <numerusform>%1: %2 геометрияның %Ln геометриясының координаттары қабаттың координаттар жүйесі қамтитын аумақтан әлдеқайда тыс; олар алынып тасталды</numerusform>
            <numerusform>%1: %2 геометрияның %Ln геометриясының координаттары қабаттың координаттар жүйесі қамтитын аумақтан әлдеқайда тыс; олар алынып тасталды</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the archive holds no %2, or it is not a readable .zip</source>
        <translation>%1: мұрағатта %2 жоқ немесе бұл оқылатын .zip емес</translation>
    </message>
    <message>
        <source>the MapInfo header says charset &apos;%1&apos;</source>
        <translation>MapInfo тақырыбында «%1» кодтамасы көрсетілген</translation>
    </message>
    <message>
        <source>the drawing is of AutoCAD version %1, which writes UTF-8</source>
        <translation>сызба AutoCAD %1 нұсқасында, ол UTF-8 түрінде жазады</translation>
    </message>
    <message>
        <source>the drawing&apos;s header says code page &apos;%1&apos;</source>
        <translation>сызба тақырыбында «%1» код беті көрсетілген</translation>
    </message>
    <message>
        <source>%1: the file declares %2, but its text is %3 (%4); it is read as %3</source>
        <translation>%1: файл %2 деп жариялайды, бірақ мәтіні %3 (%4); ол %3 ретінде оқылды</translation>
    </message>
    <message numerus="yes">
        <source>%1: values that are not in the manifest&apos;s value map and match no code, kept as they are: %Ln</source>
        <translation>
            <numerusform>%1: манифестің мәндер сөздігінде жоқ және ешбір кодқа сәйкес келмеген мәндер өзгеріссіз сақталды: %Ln</numerusform>
            <numerusform>%1: манифестің мәндер сөздігінде жоқ және ешбір кодқа сәйкес келмеген мәндер өзгеріссіз сақталды: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2. Check that it is a whole Shapefile (.shp with its .dbf), MapInfo table (.tab with its .dat, .map and .id, or .mif with its .mid), GeoPackage, GeoJSON, KML/KMZ, DXF or FlatGeobuf file</source>
        <translation>%1: ашылмайды: %2. Бұл толық Shapefile (.shp және оның .dbf), MapInfo кестесі (.tab, оның .dat, .map және .id, немесе .mif және оның .mid), GeoPackage, GeoJSON, KML/KMZ, DXF немесе FlatGeobuf файлы екенін тексеріңіз</translation>
    </message>
    <message>
        <source>%1: the extent of its coordinates (%2..%3 E, %4..%5 N) is not one of longitudes and latitudes; it is not used to choose the map CRS</source>
        <translation>%1: координаттарының қамтуы (%2..%3 ш. б., %4..%5 с. е.) бойлықтар мен ендіктердің қамтуы бола алмайды; ол картаның КЖ-ын таңдауға қолданылмайды</translation>
    </message>
    <message>
        <source>%1: the file&apos;s coordinate system cannot be used and the coordinates fit none the project knows; correct the coordinate system in the file, or set the layer&apos;s CRS</source>
        <translation>%1: файлдың координаттар жүйесін пайдалану мүмкін емес, ал координаттар жобаға белгілі жүйелердің ешқайсысына сәйкес келмейді; файлдағы координаттар жүйесін түзетіңіз немесе қабаттың координаттар жүйесін көрсетіңіз</translation>
    </message>
    <message>
        <source>%1: the file&apos;s coordinate system cannot be used; the coordinates fit EPSG:%2 (%3), which is assumed</source>
        <translation>%1: файлдың координаттар жүйесін пайдалану мүмкін емес; координаттар EPSG:%2 (%3) жүйесіне сәйкес келеді, сол қабылданды</translation>
    </message>
</context>
<context>
    <name>sez::MainWindow</name>
    <message>
        <source>Reading the dataset…</source>
        <translation>Деректер жинағы оқылуда…</translation>
    </message>
    <message>
        <source>Computing areas and distances…</source>
        <translation>Алаңдар мен қашықтықтар есептелуде…</translation>
    </message>
    <message>
        <source>Writing the cache…</source>
        <translation>Кэш жазылуда…</translation>
    </message>
    <message>
        <source>Find sites</source>
        <translation>Учаскелерді іздеу</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Атрибуттар кестесі</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>Деректер жинағын &amp;ашу…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғы ашылғандар</translation>
    </message>
    <message>
        <source>&amp;Export selection to CSV…</source>
        <translation>Таңдалғандарды CSV-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Zoom to the whole &amp;SEZ</source>
        <translation>Бүкіл &amp;АЭА-ны көрсету</translation>
    </message>
    <message>
        <source>Zoom to the se&amp;lection</source>
        <translation>&amp;Таңдалғандарды көрсету</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Clear the selection</source>
        <translation>Таңдауды &amp;болдырмау</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Құралдар</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Drag to pan, click a parcel to see its card; Shift+drag zooms, Ctrl+drag selects</source>
        <translation>Картаны жылжыту үшін сүйреңіз, учаске карточкасын көру үшін учаскені басыңыз; Shift+сүйреу — үлкейту, Ctrl+сүйреу — таңдау</translation>
    </message>
    <message>
        <source>Zoom box</source>
        <translation>Рамкамен үлкейту</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it</source>
        <translation>Үлкейтілетін аумақты рамкамен белгілеңіз</translation>
    </message>
    <message>
        <source>Select box</source>
        <translation>Рамкамен таңдау</translation>
    </message>
    <message>
        <source>Drag a box to select the parcels in it</source>
        <translation>Учаскелерді таңдау үшін оларды рамкамен қоршаңыз</translation>
    </message>
    <message>
        <source>Select lasso</source>
        <translation>Лассомен таңдау</translation>
    </message>
    <message>
        <source>Click the corners of an area, double-click to select the parcels in it</source>
        <translation>Аумақтың бұрыштарын басыңыз, ішіндегі учаскелерді таңдау үшін екі рет басыңыз</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>Қашықтықты өлшеу</translation>
    </message>
    <message>
        <source>Click points along a line, double-click to finish; Esc clears</source>
        <translation>Сызық бойындағы нүктелерді басыңыз, аяқтау үшін екі рет басыңыз; Esc — тазалау</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>Алаңды өлшеу</translation>
    </message>
    <message>
        <source>Click the corners of an area, double-click to finish; Esc clears</source>
        <translation>Аумақтың бұрыштарын басыңыз, аяқтау үшін екі рет басыңыз; Esc — тазалау</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About sezview</source>
        <translation>sezview &amp;туралы</translation>
    </message>
    <message>
        <source>About sezview</source>
        <translation>sezview туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;sezview&lt;/b&gt;&lt;br&gt;Land parcels of the Alatau special economic zone.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;sezview&lt;/b&gt;&lt;br&gt;«Алатау» арнайы экономикалық аймағының жер учаскелері.&lt;br&gt;GNU GPL лицензиясының 3-нұсқасы немесе одан кейінгі нұсқасы бойынша таратылады.</translation>
    </message>
    <message>
        <source>Map scale: type a number and press Enter</source>
        <translation>Карта масштабы: санды енгізіп, Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Scale 1:</source>
        <translation>Масштаб 1:</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 ашылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Opening the dataset</source>
        <translation>Деректер жинағын ашу</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>%1 ашу тоқтатылды.</translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation>Деректер жинағын ашу мүмкін емес</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 ашылмады.</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>Жүктелді: %1</translation>
    </message>
    <message>
        <source> (imported: %1)</source>
        <translation> (импортталды: %1)</translation>
    </message>
    <message>
        <source>; warnings while reading: %1</source>
        <translation>; оқу кезіндегі ескертулер: %1</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <extracomment>%1: file name patterns</extracomment>
        <translation>Деректер жинағын ашу</translation>
    </message>
    <message>
        <source>Alatau SEZ land parcels — sezview</source>
        <translation>«Алатау» АЭА жер учаскелері — sezview</translation>
    </message>
    <message>
        <source>%1 — %2 — sezview</source>
        <translation>%1 — %2 — sezview</translation>
    </message>
    <message>
        <source>UTM %1 E %2 N</source>
        <translation>UTM: шығыс %1, солтүстік %2</translation>
    </message>
    <message>
        <source>%1° E, %2° N</source>
        <translation>%1° ш. б., %2° с. е.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ештеңе таңдалмаған</translation>
    </message>
    <message>
        <source>Selected: %1, %2</source>
        <translation>Таңдалды: %1, %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>«%1» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Found for “%1”: %2.</source>
        <translation>«%1» бойынша табылды: %2.</translation>
    </message>
    <message>
        <source>Export parcels to CSV</source>
        <translation>Учаскелерді CSV-ге экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортталды: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Көрсеткіштер тақтасы</translation>
    </message>
    <message>
        <source>Export &amp;map image (PNG, SVG)…</source>
        <translation>&amp;Карта суретін экспорттау (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Картаны экспорттау</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG суреттері (*.png);;SVG сызбалары (*.svg)</translation>
    </message>
    <message>
        <source>Resolution, dots per inch:</source>
        <translation>Ажыратымдылық, дюймге нүкте:</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 жазылмады.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Есепті экспорттау…</translation>
    </message>
    <message>
        <source>Export the parcel&apos;s extract</source>
        <translation>Учаске туралы үзінді көшірмені экспорттау</translation>
    </message>
    <message>
        <source>Warnings while reading</source>
        <translation>Оқу кезіндегі ескертулер</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while reading %1:</source>
        <translation>
            <numerusform>%1 оқу кезінде %n ескерту:</numerusform>
            <numerusform>%1 оқу кезінде %n ескерту:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Query language guide</source>
        <translation>&amp;Сұрау тілі бойынша анықтама</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>PDF файлдары (*.pdf);;Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Open &amp;folder of layers…</source>
        <translation>Қабаттар &amp;қалтасын ашу…</translation>
    </message>
    <message>
        <source>The mapping is saved as %1</source>
        <translation>Сәйкестендіру %1 ретінде сақталды</translation>
    </message>
    <message>
        <source>Datasets and layer files (%1);;All files (*)</source>
        <translation>Деректер жинақтары мен қабат файлдары (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open a folder of layers</source>
        <translation>Қабаттар қалтасын ашу</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Қабаттар</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>&amp;Go to a place…</source>
        <translation>&amp;Орынға өту…</translation>
    </message>
    <message>
        <source>Cop&amp;y the view</source>
        <translation>Көріністі &amp;көшіру</translation>
    </message>
    <message>
        <source>Copied: %1. Another user opens the same view with it, or pastes it into Go to a place.</source>
        <translation>Көшірілді: %1. Басқа пайдаланушы осымен сол көріністі ашады немесе оны «Орынға өту» терезесіне қояды.</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Бетбелгілер</translation>
    </message>
    <message>
        <source>&amp;Add a bookmark of this view…</source>
        <translation>Осы көрініске бетбелгі &amp;қосу…</translation>
    </message>
    <message>
        <source>Add a bookmark</source>
        <translation>Бетбелгі қосу</translation>
    </message>
    <message>
        <source>Name of the bookmark:</source>
        <translation>Бетбелгі атауы:</translation>
    </message>
    <message>
        <source>&amp;Delete a bookmark</source>
        <translation>Бетбелгіні &amp;жою</translation>
    </message>
    <message>
        <source>Start in %1 every time</source>
        <translation>Әрқашан осы тілде іске қосу: %1</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>карта көрінісі</translation>
    </message>
    <message>
        <source>the colours and layers</source>
        <translation>түстер мен қабаттар</translation>
    </message>
    <message>
        <source>the selection (%1)</source>
        <translation>таңдалған учаскелер (%1)</translation>
    </message>
    <message>
        <source>the table&apos;s filter</source>
        <translation>кесте сүзгісі</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>сұрау</translation>
    </message>
    <message>
        <source>the card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <source>Language: %1, for this session (View ▸ Language makes it the default). %2</source>
        <translation>Тіл: %1, осы сеансқа (Көрініс ▸ Тіл оны әдепкі тіл етеді). %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Дейін (қоса алғанда)</translation>
    </message>
    <message>
        <source>Export allocation &amp;changes (PDF)…</source>
        <translation>Беру &amp;өзгерістерін экспорттау (PDF)…</translation>
    </message>
    <message>
        <source>Show parcels &amp;changed since…</source>
        <translation>Бері қарай өзгерген &amp;учаскелерді көрсету…</translation>
    </message>
    <message>
        <source>Allocation &amp;register…</source>
        <translation>Беру &amp;тізілімі…</translation>
    </message>
    <message>
        <source>%1 changed in the register (version %2, by %3).</source>
        <translation>%1 тізілімде өзгертілді (%2-нұсқа, авторы: %3).</translation>
    </message>
    <message>
        <source>%1 changed in the register.</source>
        <translation>Тізілімде %1 өзгертілді.</translation>
    </message>
    <message>
        <source>Changed in the register since %1: %2.</source>
        <translation>%1 бері тізілімде өзгертілгені: %2.</translation>
    </message>
    <message>
        <source>Allocation register</source>
        <translation>Беру тізілімі</translation>
    </message>
    <message>
        <source>Allocation register: %1</source>
        <translation>Беру тізілімі: %1</translation>
    </message>
    <message>
        <source>Parcels changed since</source>
        <translation>Мына күннен бері өзгерген учаскелер</translation>
    </message>
    <message>
        <source>Allocation changes</source>
        <translation>Беру өзгерістері</translation>
    </message>
    <message>
        <source>Export allocation changes</source>
        <translation>Беру өзгерістерін экспорттау</translation>
    </message>
    <message>
        <source>Imagery</source>
        <translation>Түсірілімдер</translation>
    </message>
    <message>
        <source>Add &amp;imagery…</source>
        <translation>&amp;Түсірілімдерді қосу…</translation>
    </message>
    <message>
        <source>the imagery</source>
        <translation>түсірілімдер</translation>
    </message>
    <message>
        <source>Cannot add the imagery</source>
        <translation>Түсірілімдерді қосу мүмкін болмады</translation>
    </message>
    <message>
        <source>Build overviews?</source>
        <translation>Шолу деңгейлерін құру керек пе?</translation>
    </message>
    <message>
        <source>%1 is large (%2 × %3 pixels) and has no overviews, so it is slow to draw zoomed out. Build them now? They are written to a new file beside it (.ovr).</source>
        <translation>%1 — шолу деңгейлері жоқ үлкен файл (%2 × %3 пиксель), сондықтан ұсақ масштабта баяу салынады. Оларды қазір құру керек пе? Олар оның жанындағы жаңа файлға (.ovr) жазылады.</translation>
    </message>
    <message>
        <source>Search is being prepared; “%1” is searched as soon as it is ready.</source>
        <translation>Іздеу әлі дайындалып жатыр; «%1» сұрауы іздеу дайын болған бойда орындалады.</translation>
    </message>
    <message>
        <source>Preparing search and the cache file…</source>
        <translation>Іздеу мен кэш файлы дайындалып жатыр…</translation>
    </message>
    <message>
        <source>Preparing the map…</source>
        <translation>Карта дайындалуда…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The map is shown. Queries that use computed areas, the city limits, districts or distances run once these are computed; search waits for its index.</source>
        <translation>Карта көрсетілді. Есептелген ауданды, қала шекарасын, аудандарды немесе қашықтықтарды қолданатын сұраулар олар есептелгенде орындалады; іздеу өз индексін күтеді.</translation>
    </message>
    <message>
        <source>Search runs once its index is written.</source>
        <translation>Іздеу индексі жазылған соң жұмыс істейді.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Preparing the table, search and figures…</source>
        <translation>Кесте, іздеу және көрсеткіштер дайындалуда…</translation>
    </message>
</context>
<context>
    <name>sez::MapCanvas</name>
    <message>
        <source>No dataset open</source>
        <translation>Деректер жинағы ашылмаған</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Қашықтық: %1</translation>
    </message>
    <message>
        <source>Area: %1, perimeter %2</source>
        <translation>Алаңы: %1, периметрі %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sez::MapCrsChoice</name>
    <message>
        <source>the layer %1 is in %2 (EPSG:%3)</source>
        <translation>%1 қабаты %2 жүйесінде (EPSG:%3)</translation>
    </message>
    <message>
        <source>the data has no coordinates to choose from; WGS 84 / UTM zone 43N is used</source>
        <translation>деректерде таңдауға координаттар жоқ; WGS 84 / UTM 43N аймағы қолданылады</translation>
    </message>
    <message>
        <source>the data spans %1° of longitude, too wide for one UTM zone: Web Mercator (EPSG:3857)</source>
        <translation>деректер бойлықтың %1° қамтиды, бір UTM аймағы үшін тым кең: Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <source>no layer is in a projected CRS; the UTM zone of the data&apos;s centre (%1° E, %2° N): EPSG:%3</source>
        <translation>ешбір қабат проекцияланған жүйеде емес; деректер ортасының UTM аймағы (%1° ш. б., %2° с. е.): EPSG:%3</translation>
    </message>
    <message>
        <source>the extent of %1 is not one of longitudes and latitudes; WGS 84 / UTM zone 43N is used</source>
        <translation>%1 қамтуы бойлықтар мен ендіктердің қамтуы бола алмайды; WGS 84 / UTM 43N аймағы қолданылады</translation>
    </message>
</context>
<context>
    <name>sez::MapDecorations</name>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>С</translation>
    </message>
</context>
<context>
    <name>sez::MapImagery</name>
    <message>
        <source>Basemap: %1</source>
        <translation>Базалық карта: %1</translation>
    </message>
    <message>
        <source>%1 (the dataset&apos;s)</source>
        <translation>%1 (деректер жинағынан)</translation>
    </message>
    <message>
        <source>Imagery: %1</source>
        <translation>Түсірілім: %1</translation>
    </message>
    <message>
        <source>The basemap %1 cannot be reached; the map shows the tiles seen before (%2)</source>
        <translation>%1 базалық картасына қол жеткізу мүмкін емес; картада бұрын қаралған тайлдар көрсетілген (%2)</translation>
    </message>
</context>
<context>
    <name>sez::MapLayers</name>
    <message>
        <source>SEZ inside and outside the city</source>
        <translation>Қала шегіндегі және одан тыс АЭА</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Аймақтар</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Query result and selection</source>
        <translation>Сұрау нәтижесі және таңдау</translation>
    </message>
    <message>
        <source>Hatching outside the city</source>
        <translation>Қала шегінен тыс штрихтау</translation>
    </message>
    <message>
        <source>City limits</source>
        <translation>Қала шегі</translation>
    </message>
    <message>
        <source>Distance conditions of the query</source>
        <translation>Сұраудағы қашықтық шарттары</translation>
    </message>
    <message>
        <source>Zone names</source>
        <translation>Аймақ атаулары</translation>
    </message>
    <message>
        <source>District names</source>
        <translation>Аудан атаулары</translation>
    </message>
    <message>
        <source>Cadastral numbers</source>
        <translation>Кадастрлық нөмірлер</translation>
    </message>
    <message>
        <source>Nearest infrastructure</source>
        <translation>Ең жақын инфрақұрылым</translation>
    </message>
</context>
<context>
    <name>sez::MapStyle</name>
    <message>
        <source>Other investors</source>
        <translation>Басқа инвесторлар</translation>
    </message>
    <message>
        <source>SEZ inside the city</source>
        <translation>АЭА қала шегінде</translation>
    </message>
    <message>
        <source>SEZ outside the city (hatched)</source>
        <translation>АЭА қала шегінен тыс (штрихталған)</translation>
    </message>
    <message>
        <source>City limits (dashed)</source>
        <translation>Қала шекарасы (үзік сызық)</translation>
    </message>
    <message>
        <source>District boundaries</source>
        <translation>Аудан шекаралары</translation>
    </message>
    <message>
        <source>Other layer: %1</source>
        <extracomment>A layer of the user&apos;s data that is none of the SEZ&apos;s own layers, e.g. &quot;Other layer: roads&quot;.</extracomment>
        <translation>Басқа қабат: %1</translation>
    </message>
</context>
<context>
    <name>sez::MappingDialog</name>
    <message>
        <source>%1 %</source>
        <extracomment>a confidence in per cent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>полигондар</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>сызықтар</translation>
    </message>
    <message>
        <source>points</source>
        <translation>нүктелер</translation>
    </message>
    <message>
        <source>mixed geometry</source>
        <translation>аралас геометрия</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>геометриясыз</translation>
    </message>
    <message>
        <source>What the data holds</source>
        <translation>Деректерде не бар</translation>
    </message>
    <message>
        <source>%1 has no manifest, so sezview guessed what each layer and column holds. Check the guesses (the least sure first), correct what is wrong and confirm: the mapping is saved with the data and not asked again.
Map coordinate system: EPSG:%2 (%3).</source>
        <translation>%1 манифесі жоқ, сондықтан sezview әр қабат пен бағанда не бар екенін болжады. Болжамдарды тексеріңіз (алдымен ең сенімсіздерін), қатесін түзетіп, растаңыз: сәйкестендіру деректермен бірге сақталады және қайта сұралмайды.
Картаның координаттар жүйесі: EPSG:%2 (%3).</translation>
    </message>
    <message>
        <source>Layer or field</source>
        <translation>Қабат немесе өріс</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Қайдан алынады</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Алғашқы мәндер</translation>
    </message>
    <message>
        <source>Confirm and open</source>
        <translation>Растау және ашу</translation>
    </message>
    <message>
        <source>%1, %2 features</source>
        <translation>%1, нысандар: %2</translation>
    </message>
    <message>
        <source>(&quot;%1&quot; is a category of its own)</source>
        <extracomment>a category value matched to no known code: it is kept as a category of its own</extracomment>
        <translation>(«%1» — өз алдына санат)</translation>
    </message>
    <message>
        <source>in %1, converted: %2</source>
        <extracomment>%1: the unit the column&apos;s values are in (&quot;m2&quot;), converted as they are read</extracomment>
        <translation>%1 бірлігінде, қайта есептелді: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
</context>
<context>
    <name>sez::MappingGuess</name>
    <message>
        <source>the column&apos;s name %1 begins like a well-known name of this field</source>
        <translation>%1 бағанының атауы осы өрістің белгілі атауындай басталады</translation>
    </message>
    <message>
        <source>the column&apos;s name %1 is a well-known name of this field</source>
        <translation>%1 бағанының атауы — осы өрістің белгілі атауы</translation>
    </message>
    <message>
        <source>%1 % of its values are the computed area in %2</source>
        <translation>оның мәндерінің %1 %-ы %2 бірлігіндегі есептелген ауданға тең</translation>
    </message>
    <message>
        <source>%1 % of its values look like cadastral numbers</source>
        <translation>оның мәндерінің %1 %-ы кадастрлық нөмірге ұқсайды</translation>
    </message>
    <message>
        <source>%1 % of its values match the field&apos;s codes</source>
        <translation>оның мәндерінің %1 %-ы өріс кодтарына сәйкес келеді</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Аймақтар</translation>
    </message>
    <message>
        <source>SEZ boundary</source>
        <translation>АЭА шекарасы</translation>
    </message>
    <message>
        <source>City limits</source>
        <translation>Қала шекарасы</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Инфрақұрылым</translation>
    </message>
    <message>
        <source>Other layer</source>
        <translation>Басқа қабат</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Part of the SEZ</source>
        <translation>АЭА бөлігі</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Нысан түрі</translation>
    </message>
    <message>
        <source>Planned year</source>
        <translation>Жоспарлы жыл</translation>
    </message>
    <message>
        <source>%1: recognising the data was cancelled</source>
        <translation>%1: деректерді тану тоқтатылды</translation>
    </message>
    <message>
        <source>the polygon layer with the most features and a column of cadastral numbers (%1)</source>
        <translation>нысандары ең көп және кадастрлық нөмірлер бағаны бар полигон қабаты (%1)</translation>
    </message>
    <message>
        <source>its name says parcels; no column of cadastral numbers was found</source>
        <translation>атауы учаскелер екенін айтады; кадастрлық нөмірлер бағаны табылмады</translation>
    </message>
    <message>
        <source>the largest polygon layer; no column of cadastral numbers was found</source>
        <translation>ең үлкен полигон қабаты; кадастрлық нөмірлер бағаны табылмады</translation>
    </message>
    <message>
        <source>its name %1 says so</source>
        <translation>мұны оның %1 атауы айтады</translation>
    </message>
    <message>
        <source>%1 % of the values of one of its columns are zones</source>
        <translation>бір бағанының мәндерінің %1 %-ы — аймақтар</translation>
    </message>
    <message>
        <source>%1 % of the values of one of its columns are kinds of infrastructure</source>
        <translation>бір бағанының мәндерінің %1 %-ы — инфрақұрылым түрлері</translation>
    </message>
    <message>
        <source>its name %1 names a kind of infrastructure</source>
        <translation>оның %1 атауы инфрақұрылым түрін атайды</translation>
    </message>
    <message>
        <source>neither its name nor its columns say what it is: drawn, listed in the legend and left out of the statistics</source>
        <translation>атауы да, бағандары да оның не екенін айтпайды: қабат сызылады, шартты белгілерде көрсетіледі және статистикаға кірмейді</translation>
    </message>
    <message>
        <source>its values are all different texts</source>
        <translation>оның барлық мәндері әртүрлі мәтіндер</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>қолмен берілген</translation>
    </message>
    <message>
        <source>%1: the file is there and sezview did not write it; it is left as it is. Choose another name</source>
        <translation>%1: файл бар және оны sezview жазбаған; ол өзгертілмейді. Басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: қалтаны құру мүмкін емес</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Деректер: %1</translation>
    </message>
    <message>
        <source>Map CRS: EPSG:%1 (%2)</source>
        <translation>Картаның КЖ: EPSG:%1 (%2)</translation>
    </message>
    <message>
        <source>Layer %1 (%2, %3 features, %4): %5, %6: %7</source>
        <translation>%1 қабаты (%2, нысандар: %3, %4): %5, %6: %7</translation>
    </message>
    <message>
        <source>  every feature without a kind of its own: %1</source>
        <translation>  өз түрі жоқ барлық нысандар: %1</translation>
    </message>
    <message>
        <source>  %1: no column</source>
        <translation>  %1: баған жоқ</translation>
    </message>
    <message>
        <source> (in %1, converted)</source>
        <translation> (%1 бірлігінде, қайта есептелді)</translation>
    </message>
    <message>
        <source>  %1 &lt;- %2%3, %4: %5</source>
        <translation>  %1 &lt;- %2%3, %4: %5</translation>
    </message>
    <message>
        <source>%1 (a category of its own)</source>
        <translation>%1 (өз алдына санат)</translation>
    </message>
    <message>
        <source>    values: %1</source>
        <translation>    мәндер: %1</translation>
    </message>
    <message>
        <source>    first values: %1</source>
        <translation>    алғашқы мәндер: %1</translation>
    </message>
    <message>
        <source>  kept under their own names: %1</source>
        <translation>  өз атауларымен сақталды: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ескерту: %1</translation>
    </message>
</context>
<context>
    <name>sez::NearestLinesPainter</name>
    <message>
        <source>Nearest: %1, %2</source>
        <translation>Ең жақыны: %1, %2</translation>
    </message>
</context>
<context>
    <name>sez::OutputGuard</name>
    <message>
        <source>%1: this is the cache of the open dataset; sezview does not write over it. Choose another output file</source>
        <translation>%1: бұл ашық деректер жинағының кэші; sezview оның үстінен жазбайды. Басқа файлды таңдаңыз</translation>
    </message>
    <message>
        <source>%1: this is a source file of the open dataset; sezview writes only new files or files it created, and leaves it untouched. Choose another output file</source>
        <translation>%1: бұл ашық деректер жинағының бастапқы файлы; sezview тек жаңа немесе өзі жасаған файлдарға жазады, бұл файлды өзгертпейді. Басқа файлды таңдаңыз</translation>
    </message>
</context>
<context>
    <name>sez::ParcelCache</name>
    <message>
        <source>the import was cancelled</source>
        <translation>импорт тоқтатылды</translation>
    </message>
    <message>
        <source>it is not an SQLite database (%1)</source>
        <translation>бұл SQLite дерекқоры емес (%1)</translation>
    </message>
    <message>
        <source>it is not a sezview cache</source>
        <translation>бұл sezview кэші емес</translation>
    </message>
    <message>
        <source>it is not a sezview cache (%1)</source>
        <translation>бұл sezview кэші емес (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>ол бүлінген (%1)</translation>
    </message>
    <message>
        <source>it was not written to the end</source>
        <translation>ол соңына дейін жазылмаған</translation>
    </message>
    <message>
        <source>it was made by another version of sezview</source>
        <translation>ол sezview-тің басқа нұсқасымен жасалған</translation>
    </message>
    <message>
        <source>it holds no store</source>
        <translation>онда учаскелер қоймасы жоқ</translation>
    </message>
    <message>
        <source>its directory cannot be created</source>
        <translation>оның қалтасын жасау мүмкін емес</translation>
    </message>
    <message>
        <source>the cache %1 could not be written (%2); working from the sources</source>
        <translation>%1 кэшін жазу мүмкін болмады (%2); жұмыс бастапқы файлдармен жүріп жатыр</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no cache yet</source>
        <translation>кэш әлі жоқ</translation>
    </message>
    <message>
        <source>the cache %1 could not be used: %2; it is rebuilt from the sources</source>
        <translation>%1 кэшін пайдалану мүмкін емес: %2; ол бастапқы файлдардан қайта жасалады</translation>
    </message>
    <message>
        <source>%1: this is a source file of the dataset; it cannot be its cache. Give --cache another file</source>
        <translation>%1: бұл деректер жинағының бастапқы файлы, ол оның кэші бола алмайды. --cache үшін басқа файлды көрсетіңіз</translation>
    </message>
    <message>
        <source>%1: the cache could not be written: %2</source>
        <translation>%1: кэшті жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1: %2; sezview writes only files it created or new files, and leaves this one untouched. Give --cache a new file name, or move the file away</source>
        <translation>%1: %2; sezview тек өзі жасаған немесе жаңа файлдарға жазады, бұл файлды өзгертпейді. --cache үшін жаңа файл атауын көрсетіңіз немесе бұл файлды басқа жерге жылжытыңыз</translation>
    </message>
    <message>
        <source>the cache %1 was made by another version of sezview; it is rebuilt from the sources</source>
        <translation>%1 кэші sezview-тің басқа нұсқасымен жасалған; ол бастапқы файлдардан қайта жасалады</translation>
    </message>
    <message>
        <source>the length of its parcel snapshot is missing or impossible</source>
        <translation>оның учаскелер суретінің ұзындығы жазылмаған немесе мүмкін емес</translation>
    </message>
    <message>
        <source>chunk %1 of %2 of its parcel snapshot is missing</source>
        <translation>оның учаскелер суретінде %2 бөліктің %1-бөлігі жоқ</translation>
    </message>
    <message>
        <source>its parcel snapshot has a chunk too many (%1 of %2)</source>
        <translation>оның учаскелер суретінде артық бөлік бар (%2 бөліктің %1-і)</translation>
    </message>
    <message>
        <source>chunk %1 of %2 of its parcel snapshot has %3 bytes, not %4</source>
        <translation>оның учаскелер суретіндегі %2 бөліктің %1-бөлігі %4 емес, %3 байт</translation>
    </message>
    <message>
        <source>the parcel snapshot could not be written</source>
        <translation>учаскелер суретін жазу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>sez::ParcelCard</name>
    <message>
        <source>Copy as text</source>
        <translation>Мәтін ретінде көшіру</translation>
    </message>
    <message>
        <source>Click a parcel on the map to see its card.</source>
        <translation>Учаске карточкасын көру үшін картадағы учаскені басыңыз.</translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation>Учаске %1</translation>
    </message>
    <message>
        <source>differs from the official area by %1 %</source>
        <translation>ресми алаңнан айырмашылығы %1 %</translation>
    </message>
    <message>
        <source>Centre (lon, lat)</source>
        <translation>Орталығы (бойлық, ендік)</translation>
    </message>
    <message>
        <source>Centre (EPSG:%1)</source>
        <translation>Орталығы (EPSG:%1)</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Үзінді көшірме…</translation>
    </message>
    <message>
        <source>The parcel&apos;s extract as a PDF: plan, boundary points, neighbours, attributes</source>
        <translation>Учаске туралы үзінді көшірме PDF түрінде: жоспар, бұрылыс нүктелері, шектес учаскелер, мәліметтер</translation>
    </message>
    <message>
        <source>Nearest infrastructure on the map</source>
        <translation>Ең жақын инфрақұрылым картада</translation>
    </message>
    <message>
        <source>Edit allocation…</source>
        <translation>Беруді өзгерту…</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибуттар</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>register, v. %1</source>
        <translation>тізілім, %1-нұсқа</translation>
    </message>
    <message>
        <source>source</source>
        <translation>бастапқы деректер</translation>
    </message>
    <message>
        <source>The allocation register is being read…</source>
        <translation>Беру тізілімі оқылып жатыр…</translation>
    </message>
</context>
<context>
    <name>sez::ParcelColumn</name>
    <message>
        <source>a text column holds more than 4 GiB of text</source>
        <translation>мәтіндік бағанда 4 ГиБ-тан артық мәтін бар</translation>
    </message>
</context>
<context>
    <name>sez::ParcelExtract</name>
    <message>
        <source>unknown cadastral number &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>белгісіз кадастрлық нөмір &apos;%1&apos; — &apos;%2&apos; болуы мүмкін бе?</translation>
    </message>
    <message>
        <source>unknown cadastral number &apos;%1&apos;</source>
        <translation>белгісіз кадастрлық нөмір &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no parcel %1</source>
        <translation>%1 учаскесі жоқ</translation>
    </message>
    <message>
        <source>the map&apos;s coordinate system EPSG:%1 cannot be converted to WGS 84: %2</source>
        <translation>картаның EPSG:%1 координаттар жүйесін WGS 84 жүйесіне түрлендіру мүмкін емес: %2</translation>
    </message>
    <message>
        <source>parcel %1 has no boundary</source>
        <translation>%1 учаскесінің шекарасы жоқ</translation>
    </message>
    <message>
        <source>no Pulkovo 1942 Gauss-Kruger zone covers longitude %1</source>
        <translation>%1 бойлығы Пулково 1942 жүйесінің Гаусс — Крюгер аймақтарының ешқайсысына кірмейді</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a coordinate reference system PROJ knows</source>
        <translation>PROJ EPSG:%1 координаттар жүйесін білмейді</translation>
    </message>
    <message>
        <source>coordinates cannot be converted to EPSG:%1: %2</source>
        <translation>координаттарды EPSG:%1 жүйесіне түрлендіру мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Parcel extract %1</source>
        <translation>%1 жер учаскесі туралы үзінді көшірме</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF жасауды бастау мүмкін болмады</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 га</translation>
    </message>
    <message>
        <source>%1–%2 (the whole ring)</source>
        <translation>%1–%2 (бүкіл контур)</translation>
    </message>
    <message>
        <source>Part %1, outer boundary: points %2–%3</source>
        <translation>%1-бөлік, сыртқы шекара: %2–%3 нүктелер</translation>
    </message>
    <message>
        <source>Part %1, hole %2: points %3–%4</source>
        <translation>%1-бөлік, %2-ішкі шекара: %3–%4 нүктелер</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 жағдай бойынша</translation>
    </message>
    <message>
        <source>Parcel extract</source>
        <translation>Жер учаскесі туралы үзінді көшірме</translation>
    </message>
    <message>
        <source>Cadastral number %1</source>
        <translation>Кадастрлық нөмірі %1</translation>
    </message>
    <message>
        <source>Plan of the parcel</source>
        <translation>Жер учаскесінің жоспары</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Масштаб 1:%1</translation>
    </message>
    <message>
        <source>the parcel</source>
        <translation>учаске</translation>
    </message>
    <message>
        <source>neighbouring parcel, its cadastral number</source>
        <translation>шектес учаске және оның кадастрлық нөмірі</translation>
    </message>
    <message>
        <source>boundary point, its number</source>
        <translation>бұрылыс нүктесі және оның нөмірі</translation>
    </message>
    <message>
        <source>side length, m</source>
        <translation>сызық ұзындығы, м</translation>
    </message>
    <message>
        <source>The parcel</source>
        <translation>Учаске туралы мәліметтер</translation>
    </message>
    <message>
        <source>City of Alatau</source>
        <translation>Алатау қаласы</translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation>қала шегінде</translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation>қала шегінен тыс</translation>
    </message>
    <message>
        <source>Official area</source>
        <translation>Ресми алаңы</translation>
    </message>
    <message>
        <source>Computed area (ellipsoidal, WGS 84)</source>
        <translation>Есептелген алаңы (WGS 84 эллипсоидында)</translation>
    </message>
    <message>
        <source>differs by more than 1 %</source>
        <translation>айырмашылық 1 %-дан асады</translation>
    </message>
    <message>
        <source>Computed minus official area</source>
        <translation>Айырмашылық (есептелген − ресми)</translation>
    </message>
    <message>
        <source>Area from the catalogue&apos;s coordinates</source>
        <translation>Каталог координаттары бойынша алаңы</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Шекара</translation>
    </message>
    <message>
        <source>points: %1, rings: %2, perimeter: %3 m</source>
        <translation>нүктелер: %1, контурлар: %2, периметрі: %3 м</translation>
    </message>
    <message>
        <source>EPSG:%1, m</source>
        <translation>EPSG:%1, м</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>X (north)</source>
        <translation>X (солтүстік)</translation>
    </message>
    <message>
        <source>Y (east)</source>
        <translation>Y (шығыс)</translation>
    </message>
    <message>
        <source>EPSG:%1, %2</source>
        <translation>EPSG:%1, %2</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <source>WGS 84, degrees</source>
        <translation>WGS 84, градус</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сызық</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Нүктелер</translation>
    </message>
    <message>
        <source>Length, m</source>
        <translation>Ұзындығы, м</translation>
    </message>
    <message>
        <source>Direction angle</source>
        <translation>Дирекциялық бұрыш</translation>
    </message>
    <message>
        <source>Catalogue of boundary point coordinates</source>
        <translation>Шекара бұрылыс нүктелерінің координаттар каталогы</translation>
    </message>
    <message>
        <source>Coordinates in %1 (EPSG:%2), in %3 (EPSG:%4) and in WGS 84 latitude and longitude.</source>
        <translation>Координаттар %1 (EPSG:%2), %3 (EPSG:%4) жүйелерінде және WGS 84 жүйесінде (ендік пен бойлық) берілген.</translation>
    </message>
    <message>
        <source>Coordinates in %1 (EPSG:%2) and in WGS 84 latitude and longitude.</source>
        <translation>Координаттар %1 (EPSG:%2) жүйесінде және WGS 84 жүйесінде (ендік пен бойлық) берілген.</translation>
    </message>
    <message>
        <source>Area from the catalogue&apos;s coordinates: %1; computed area: %2.</source>
        <translation>Каталог координаттары бойынша алаңы: %1; есептелген алаңы: %2.</translation>
    </message>
    <message>
        <source>X is the northing and Y the easting, in metres, as in geodetic practice. Points are numbered clockwise from the north-westernmost point of each ring; the numbers run on from ring to ring and each ring closes on its first point. Side lengths and direction angles are measured on the grid of EPSG:%1, direction angles clockwise from grid north. Here 1 m on the grid is %2 m on the ellipsoid, and true north has a direction angle of %3.</source>
        <translation>X — солтүстікке, Y — шығысқа қарай координата, метрмен, геодезиядағыдай. Нүктелер әр контурдың ең солтүстік-батыс нүктесінен бастап сағат тілі бағытымен нөмірленген; нөмірлеу контурдан контурға жалғасады, әр контур өзінің бірінші нүктесінде тұйықталады. Сызық ұзындықтары мен дирекциялық бұрыштар EPSG:%1 жазықтығында өлшенген, дирекциялық бұрыштар тордың солтүстік бағытынан сағат тілі бағытымен есептеледі. Мұнда жазықтықтағы 1 м эллипсоидтағы %2 м-ге тең, ал нақты солтүстіктің дирекциялық бұрышы %3.</translation>
    </message>
    <message>
        <source>Both areas are ellipsoidal (WGS 84); the official area is the one on record.</source>
        <translation>Екі алаң да WGS 84 эллипсоидында есептелген; ресми алаң — есепке алу деректеріндегі алаң.</translation>
    </message>
    <message>
        <source>Neighbouring parcels</source>
        <translation>Шектес жер учаскелері</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмір</translation>
    </message>
    <message>
        <source>Along the boundary, from point to point</source>
        <translation>Шекара бойымен, нүктеден нүктеге дейін</translation>
    </message>
    <message>
        <source>Common boundary, m</source>
        <translation>Ортақ шекара, м</translation>
    </message>
    <message>
        <source>no parcel in the data</source>
        <translation>деректерде учаске жоқ</translation>
    </message>
    <message>
        <source>No parcel of the data shares a boundary with this one.</source>
        <translation>Деректердегі бірде-бір учаске бұл учаскемен шектеспейді.</translation>
    </message>
    <message>
        <source>A neighbour shares at least %1 m of the boundary within %2 m.</source>
        <translation>Шекарасы осы учаскенің шекарасымен кемінде %1 м бойы %2 м рұқсатпен сәйкес келетін учаске шектес деп саналады.</translation>
    </message>
    <message>
        <source>Distance to the nearest infrastructure object</source>
        <translation>Ең жақын инфрақұрылым нысанына дейінгі қашықтық</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Деректер көзі</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Деректер жиыны</translation>
    </message>
    <message>
        <source>Source files</source>
        <translation>Бастапқы файлдар</translation>
    </message>
    <message>
        <source>Fingerprint of the source files (SHA-256)</source>
        <translation>Бастапқы файлдардың бақылау сомасы (SHA-256)</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Дайындалған</translation>
    </message>
    <message>
        <source>with sezview on %1</source>
        <translation>sezview бағдарламасында, %1</translation>
    </message>
    <message>
        <source>Issued by (name, position)</source>
        <translation>Берген (аты-жөні, лауазымы)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Extract %1 · %2</source>
        <translation>Үзінді көшірме %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Бет %1 / %2</translation>
    </message>
    <message>
        <source>Boundary points too close together to be numbered at this scale: %1; the catalogue lists every point.</source>
        <translation>Осы масштабта нөмірлеуге тым жақын орналасқан нүктелер: %1; каталогта барлық нүктелер көрсетілген.</translation>
    </message>
</context>
<context>
    <name>sez::ParcelQueryContext</name>
    <message>
        <source>unknown zone &apos;%1&apos;</source>
        <translation>белгісіз аймақ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown district &apos;%1&apos;</source>
        <translation>белгісіз аудан &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bbox(%1, %2, %3, %4) is not a box of longitudes and latitudes</source>
        <translation>bbox(%1, %2, %3, %4) — бойлықтар мен ендіктерден тұратын тіктөртбұрыш емес</translation>
    </message>
    <message>
        <source>wkt(&apos;%1&apos;) is not valid WKT; write e.g. wkt(&apos;POLYGON((77 43.7, 77.1 43.7, 77.1 43.8, 77 43.7))&apos;)</source>
        <translation>wkt(&apos;%1&apos;) — жарамсыз WKT; мысалы, wkt(&apos;POLYGON((77 43.7, 77.1 43.7, 77.1 43.8, 77 43.7))&apos;) деп жазыңыз</translation>
    </message>
    <message>
        <source>matches() needs the full-text index of the cache</source>
        <translation>matches() үшін кэштің толық мәтіндік индексі қажет</translation>
    </message>
    <message>
        <source>the full-text index cannot be read: %1</source>
        <translation>толық мәтіндік индексті оқу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>sez::ParcelStatistics</name>
    <message>
        <source>parcels</source>
        <translation>учаске</translation>
    </message>
    <message>
        <source>official ha</source>
        <translation>ресми га</translation>
    </message>
    <message>
        <source>computed ha</source>
        <translation>есепт. га</translation>
    </message>
    <message>
        <source>investment KZT</source>
        <translation>инвестиция, теңге</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>жұмыс орны</translation>
    </message>
    <message>
        <source>total</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>inside the city</source>
        <translation>қала шегінде</translation>
    </message>
    <message>
        <source>outside the city</source>
        <translation>қала шегінен тыс</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>By zone:</source>
        <translation>Аймақтар бойынша:</translation>
    </message>
    <message>
        <source>By status:</source>
        <translation>Мәртебе бойынша:</translation>
    </message>
    <message>
        <source>By district:</source>
        <translation>Аудандар бойынша:</translation>
    </message>
    <message>
        <source>By investor:</source>
        <translation>Инвесторлар бойынша:</translation>
    </message>
    <message>
        <source>official area: no column of the data gives it (areas are computed from the geometry)</source>
        <translation>ресми аудан: оны деректердің ешбір бағаны бермейді (аудандар геометриядан есептелді)</translation>
    </message>
    <message>
        <source>by zone: no column of the data gives the parcels&apos; zone</source>
        <translation>аймақтар бойынша: учаскелердің аймағын деректердің ешбір бағаны бермейді</translation>
    </message>
    <message>
        <source>by status: no column of the data gives the parcels&apos; status</source>
        <translation>мәртебелер бойынша: учаскелердің мәртебесін деректердің ешбір бағаны бермейді</translation>
    </message>
    <message>
        <source>by district: the data has no districts layer</source>
        <translation>аудандар бойынша: деректерде аудандар қабаты жоқ</translation>
    </message>
    <message>
        <source>inside and outside the city: the data has no city limits</source>
        <translation>қала ішінде және сыртында: деректерде қала шекарасы жоқ</translation>
    </message>
    <message>
        <source>projects, investment and jobs: no column of the data gives them</source>
        <translation>жобалар, инвестициялар және жұмыс орындары: оларды деректердің ешбір бағаны бермейді</translation>
    </message>
</context>
<context>
    <name>sez::ParcelStore</name>
    <message>
        <source>the parcel store has no geometry</source>
        <translation>учаскелер қоймасында геометрия жоқ</translation>
    </message>
    <message>
        <source>the parcel store has %1 columns for %2 fields</source>
        <translation>учаскелер қоймасында %2 өріске %1 баған бар</translation>
    </message>
    <message>
        <source>the column %1 does not hold one value a parcel</source>
        <translation>%1 бағанында әр учаскеге бір мәннен келмейді</translation>
    </message>
    <message>
        <source>there is no field %1 to replace</source>
        <translation>ауыстыруға болатын %1 өрісі жоқ</translation>
    </message>
    <message>
        <source>the stored parcel snapshot is damaged: %1</source>
        <translation>сақталған учаскелер суреті бүлінген: %1</translation>
    </message>
    <message>
        <source>the stored parcel snapshot was made by another version of sezview</source>
        <translation>сақталған учаскелер суреті sezview-тің басқа нұсқасымен жасалған</translation>
    </message>
    <message>
        <source>the stored parcel snapshot is damaged</source>
        <translation>сақталған учаскелер суреті бүлінген</translation>
    </message>
</context>
<context>
    <name>sez::PostgisPublisher</name>
    <message>
        <source>the layer %1 could not be written: %2</source>
        <translation>%1 қабатын жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1: not a PostGIS database; give a PG: connection string, e.g. PG:&quot;dbname=sez host=db.akimat.local&quot;</source>
        <translation>%1: бұл PostGIS дерекқоры емес; PG: қосылу жолын көрсетіңіз, мысалы PG:&quot;dbname=sez host=db.akimat.local&quot;</translation>
    </message>
    <message>
        <source>the dataset&apos;s cache could not be written, and publishing reads it; free some disk space and try again</source>
        <translation>деректер жиынының кэшін жазу мүмкін болмады, ал жариялау оны оқиды; дискіде орын босатып, қайталаңыз</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: қосылу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1: the database has no PostGIS; its owner runs CREATE EXTENSION postgis first</source>
        <translation>%1: дерекқорда PostGIS жоқ; алдымен оның иесі CREATE EXTENSION postgis орындайды</translation>
    </message>
    <message>
        <source>%1: the table %2 exists already; publish loads a dataset the first time only (to load it again, drop its tables first)</source>
        <translation>%1: %2 кестесі бұрыннан бар; publish деректер жиынын тек алғаш рет жүктейді (қайта жүктеу үшін алдымен оның кестелерін жойыңыз)</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing: %2</source>
        <translation>%1: жазу үшін ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>publishing was cancelled</source>
        <translation>жариялау тоқтатылды</translation>
    </message>
    <message>
        <source>%1: the tables were written, but %2</source>
        <translation>%1: кестелер жазылды, бірақ %2</translation>
    </message>
</context>
<context>
    <name>sez::PostgisSource</name>
    <message>
        <source>%1: cannot connect to the database: %2</source>
        <translation>%1: дерекқорға қосылу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the PostGIS database: %2</source>
        <translation>%1: PostGIS дерекқорын ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: the database has no parcels table (a table with a geometry whose name says &apos;parcels&apos;); publish a dataset there first (sezview-cli publish), or name its tables in a manifest</source>
        <translation>%1: дерекқорда учаскелер кестесі жоқ (атауында «parcels» бар геометриялы кесте); алдымен оған деректер жиынын жариялаңыз (sezview-cli publish) немесе оның кестелерін манифестте атаңыз</translation>
    </message>
</context>
<context>
    <name>sez::Query</name>
    <message>
        <source>%1 at column %2</source>
        <translation>%1 (%2-позиция)</translation>
    </message>
    <message>
        <source>unexpected end of query</source>
        <translation>сұраудың күтпеген соңы</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>күтпеген &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 күтіледі</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — мүмкін, &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>жабылмаған жол</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;</source>
        <translation>жарамсыз сан &apos;%1&apos;</translation>
    </message>
    <message>
        <source>number out of range &apos;%1&apos;</source>
        <translation>сан рұқсат етілген ауқымнан тыс &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;!&apos;</source>
        <translation>күтпеген &apos;!&apos;</translation>
    </message>
    <message>
        <source>strings take single quotes</source>
        <translation>жолдар бір тырнақшаға алынады</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>ақиқат/жалған</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>сан %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>мәтін %1</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>query nested deeper than %1 levels</source>
        <translation>сұрау %1 деңгейден тереңірек ендірілген</translation>
    </message>
    <message>
        <source>expected a field</source>
        <translation>өріс күтіледі</translation>
    </message>
    <message>
        <source>%1() only goes inside within() or intersects()</source>
        <translation>%1() тек within() немесе intersects() ішінде қолданылады</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>белгісіз функция &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>белгісіз өріс &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected an infrastructure kind in quotes</source>
        <translation>тырнақшадағы инфрақұрылым түрі күтіледі</translation>
    </message>
    <message>
        <source>unknown infrastructure kind %1</source>
        <translation>белгісіз инфрақұрылым түрі %1</translation>
    </message>
    <message>
        <source>invalid date %1, expected YYYY-MM-DD</source>
        <translation>жарамсыз күн %1, ЖЖЖЖ-АА-КК күтіледі</translation>
    </message>
    <message>
        <source>expected a value, not a field name</source>
        <translation>өріс атауы емес, мән күтіледі</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>мән күтіледі</translation>
    </message>
    <message>
        <source>cannot compare %1 &apos;%2&apos; with %3</source>
        <translation>салыстыруға болмайды: %1 &apos;%2&apos; және %3</translation>
    </message>
    <message>
        <source>use &apos;is null&apos; to test for null</source>
        <translation>null мәнін тексеру үшін &apos;is null&apos; қолданыңыз</translation>
    </message>
    <message>
        <source>only = and != apply to true/false</source>
        <translation>ақиқат/жалған мәндеріне тек = және != қолданылады</translation>
    </message>
    <message>
        <source>expected a comparison</source>
        <translation>салыстыру күтіледі</translation>
    </message>
    <message>
        <source>expected a comparison after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; кейін салыстыру күтіледі</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;in&apos;</source>
        <translation>&apos;in&apos; кейін &apos;(&apos; күтіледі</translation>
    </message>
    <message>
        <source>between does not apply to true/false</source>
        <translation>between ақиқат/жалған мәндеріне қолданылмайды</translation>
    </message>
    <message>
        <source>%1 needs text, &apos;%2&apos; is a %3</source>
        <translation>%1 мәтінмен жұмыс істейді, ал &apos;%2&apos; — %3</translation>
    </message>
    <message>
        <source>expected a pattern in quotes</source>
        <translation>тырнақшадағы үлгі күтіледі</translation>
    </message>
    <message>
        <source>expected zone(), district(), bbox() or wkt()</source>
        <translation>zone(), district(), bbox() немесе wkt() күтіледі</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>сан күтіледі</translation>
    </message>
    <message>
        <source>unknown geometry &apos;%1&apos;</source>
        <translation>белгісіз геометрия &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>жол күтіледі</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>жарамсыз геометрия</translation>
    </message>
    <message>
        <source>expected text in quotes</source>
        <translation>тырнақшадағы мәтін күтіледі</translation>
    </message>
    <message>
        <source>invalid search text</source>
        <translation>жарамсыз іздеу мәтіні</translation>
    </message>
    <message>
        <source>empty query</source>
        <translation>бос сұрау</translation>
    </message>
    <message>
        <source>unknown %1 value %2</source>
        <translation>%1 өрісінің белгісіз мәні %2</translation>
    </message>
</context>
<context>
    <name>sez::QueryBuilder</name>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source> ha</source>
        <translation> га</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>кез келген жерде</translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation>қала шегінде</translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation>қала шегінен тыс</translation>
    </message>
    <message>
        <source>investor, project or address words</source>
        <translation>инвестор, жоба немесе мекенжай сөздері</translation>
    </message>
    <message>
        <source>query text, e.g. status = &apos;free&apos; and area_ha &gt;= 10</source>
        <translation>сұрау мәтіні, мысалы: status = &apos;free&apos; and area_ha &gt;= 10</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Area from</source>
        <translation>Алаңы</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Орналасуы</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Contains words</source>
        <translation>Мынадай сөздер бар</translation>
    </message>
    <message>
        <source>At most this far from the nearest</source>
        <translation>Ең жақын нысанға дейінгі қашықтық, ең көбі</translation>
    </message>
    <message>
        <source>Find parcels</source>
        <translation>Учаскелерді табу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Сақталған сұраулар</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Сұрау</translation>
    </message>
    <message>
        <source>%1, %2 (official), %3 (computed)</source>
        <translation>%1; ресми алаңы %2, есептелген алаңы %3</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Сұрауды сақтау</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Parcels left after each condition:</source>
        <translation>Әр шарттан кейін қалған учаскелер:</translation>
    </message>
    <message>
        <source>all parcels</source>
        <translation>барлық учаскелер</translation>
    </message>
    <message>
        <source>No parcel is left after “%1” (%2 alone).</source>
        <translation>«%1» шартынан кейін бірде-бір учаске қалмады (шарттың өзі %2 іріктейді).</translation>
    </message>
    <message>
        <source>Areas and distances are still being computed</source>
        <translation>Аудандар мен қашықтықтар әлі есептелуде</translation>
    </message>
    <message>
        <source>Areas and distances are still being computed: the query runs as soon as they are ready.</source>
        <translation>Аудандар мен қашықтықтар әлі есептелуде: сұрау олар дайын болған бойда орындалады.</translation>
    </message>
</context>
<context>
    <name>sez::QueryCompletions</name>
    <message>
        <source>metres to the nearest object of a kind</source>
        <translation>осы түрдің ең жақын нысанына дейінгі метр</translation>
    </message>
    <message>
        <source>parcels inside a zone</source>
        <translation>аймақ ішіндегі учаскелер</translation>
    </message>
    <message>
        <source>parcels inside a district</source>
        <translation>аудан ішіндегі учаскелер</translation>
    </message>
    <message>
        <source>words in any text of the parcel</source>
        <translation>учаскенің кез келген мәтініндегі сөздер</translation>
    </message>
</context>
<context>
    <name>sez::QueryGuide</name>
    <message>
        <source>… %1 values in all</source>
        <translation>… барлығы %1 мән</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>category</source>
        <translation>санат</translation>
    </message>
    <message>
        <source>number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>бүтін сан</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>иә/жоқ</translation>
    </message>
    <message>
        <source>Free industrial parcels of at least 5 ha outside the city, within 2 km of a substation</source>
        <translation>Қала шегінен тыс, қосалқы станциядан 2 км-ден аспайтын, кемінде 5 га бос өнеркәсіптік учаскелер</translation>
    </message>
    <message>
        <source>Industrial or logistics parcels that are free or reserved</source>
        <translation>Бос немесе брондалған өнеркәсіптік не логистикалық учаскелер</translation>
    </message>
    <message>
        <source>A category may be written as the legend writes it, in any of the three languages, or as the source data writes it</source>
        <translation>Санатты шартты белгілердегідей, үш тілдің кез келгенінде немесе бастапқы деректердегідей жазуға болады</translation>
    </message>
    <message>
        <source>Parcels with an investor whose project is not yet operating</source>
        <translation>Жобасы әлі жұмыс істемейтін инвесторы бар учаскелер</translation>
    </message>
    <message>
        <source>Parcels of 1 to 5 ha inside the city</source>
        <translation>Қала шегіндегі 1-ден 5 га-ға дейінгі учаскелер</translation>
    </message>
    <message>
        <source>Parcels that lie wholly inside a zone&apos;s area on the map</source>
        <translation>Картадағы аймақ аумағының ішінде толық жатқан учаскелер</translation>
    </message>
    <message>
        <source>The query language</source>
        <translation>Сұрау тілі</translation>
    </message>
    <message>
        <source>A query picks parcels by their attributes. Type it in the query box of “Find sites” or in the attribute table’s filter; the query builder writes one for you. Start typing and press Ctrl+Space to see the fields and their values.</source>
        <translation>Сұрау учаскелерді атрибуттары бойынша іріктейді. Оны «Алаңдарды іздеу» сұрау өрісіне немесе атрибуттар кестесінің сүзгісіне енгізіңіз; сұрау құрастырушысы оны сіз үшін жазады. Өрістер мен олардың мәндерін көру үшін тере бастап, Ctrl+Бос орын пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>equal, not equal; text in single quotes</source>
        <translation>тең, тең емес; мәтін бір тырнақшада</translation>
    </message>
    <message>
        <source>compare numbers and dates; decimals with a point: 2.5</source>
        <translation>сандар мен күндерді салыстыру; бөлшек бөлігі нүктемен: 2.5</translation>
    </message>
    <message>
        <source>one of several values</source>
        <translation>бірнеше мәннің бірі</translation>
    </message>
    <message>
        <source>from one value to another, both included</source>
        <translation>бір мәннен екіншісіне дейін, екеуі де қоса алғанда</translation>
    </message>
    <message>
        <source>text patterns: % any text, _ one character; ilike ignores case</source>
        <translation>мәтін үлгілері: % — кез келген мәтін, _ — бір таңба; ilike регистрді ажыратпайды</translation>
    </message>
    <message>
        <source>the value is missing, or present</source>
        <translation>мән жоқ немесе бар</translation>
    </message>
    <message>
        <source>a date, written year-month-day</source>
        <translation>жыл-ай-күн түрінде жазылған күн</translation>
    </message>
    <message>
        <source>the parcel&apos;s side of the city limits</source>
        <translation>учаскенің қала шегінің қай жағында жатқаны</translation>
    </message>
    <message>
        <source>metres to the nearest object of a kind of infrastructure</source>
        <translation>инфрақұрылымның осы түріндегі ең жақын нысанға дейінгі метр</translation>
    </message>
    <message>
        <source>the parcel lies inside, or touches, a zone or district on the map; also bbox(lon1, lat1, lon2, lat2) and wkt(&apos;POLYGON(...)&apos;)</source>
        <translation>учаске картадағы аймақтың немесе ауданның ішінде жатыр не оларға тиеді; сондай-ақ bbox(lon1, lat1, lon2, lat2) және wkt(&apos;POLYGON(...)&apos;)</translation>
    </message>
    <message>
        <source>the words anywhere in the parcel&apos;s texts (investor, project, address)</source>
        <translation>учаске мәтіндерінің кез келген жеріндегі сөздер (инвестор, жоба, мекенжай)</translation>
    </message>
    <message>
        <source>combine conditions; and binds before or</source>
        <translation>шарттарды біріктіру; and байланысы or-дан бұрын орындалады</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>A category (zone, status, …) may be written by its code, by its label in English, Russian or Kazakh, or as the source data writes it; a value it cannot have is an error that names the nearest one.</source>
        <translation>Санатты (аймақ, мәртебе, …) кодымен, ағылшын, орыс немесе қазақ тіліндегі атауымен не бастапқы деректердегідей жазуға болады; жарамсыз мән — ең жақын жарамды мән аталатын қате.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Бұл не</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Мәндер</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Мысал</translation>
    </message>
    <message>
        <source>a column of the source data</source>
        <translation>бастапқы деректер бағаны</translation>
    </message>
    <message>
        <source>Kinds of infrastructure for distance()</source>
        <translation>distance() үшін инфрақұрылым түрлері</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Мысалдар</translation>
    </message>
</context>
<context>
    <name>sez::RasterImagery</name>
    <message>
        <source>no reason given</source>
        <translation>себебі көрсетілмеген</translation>
    </message>
    <message>
        <source>%1 cannot be read any more: %2</source>
        <translation>%1 енді оқылмайды: %2</translation>
    </message>
    <message>
        <source>%1 cannot be shown as colour: %2</source>
        <translation>%1 түсті түрде көрсету мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: мұндай файл жоқ</translation>
    </message>
    <message>
        <source>%1: not an image GDAL can read (%2); sezview shows GeoTIFF, VRT, JPEG2000, MBTiles and GeoPackage rasters</source>
        <translation>%1: бұл GDAL оқи алатын сурет емес (%2); sezview GeoTIFF, VRT, JPEG2000, MBTiles және GeoPackage растрларын көрсетеді</translation>
    </message>
    <message>
        <source>it has no raster bands</source>
        <translation>онда растрлық арналар жоқ</translation>
    </message>
    <message>
        <source>%1 has no georeferencing: it does not say where on the Earth it lies (no geotransform, world file or control points); georeference it first, e.g. in QGIS</source>
        <translation>%1 географиялық байламы жоқ: оның Жердің қай жерінде екені көрсетілмеген (геотрансформация, world-файл немесе тірек нүктелер жоқ); алдымен оны байлаңыз, мысалы, QGIS-те</translation>
    </message>
    <message>
        <source>%1 has no coordinate system: its pixels have coordinates but no CRS says in what; add a .prj or .aux.xml, or assign one with gdal_translate -a_srs</source>
        <translation>%1 координаттар жүйесі жоқ: пиксельдерінің координаттары бар, бірақ қай жүйеде екені көрсетілмеген; .prj немесе .aux.xml қосыңыз не gdal_translate -a_srs арқылы тағайындаңыз</translation>
    </message>
    <message>
        <source>%1 is damaged: its pixels cannot be read (%2)</source>
        <translation>%1 зақымдалған: оның пиксельдері оқылмайды (%2)</translation>
    </message>
    <message>
        <source>%1 could not be drawn: %2</source>
        <translation>%1 салу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or build the overviews with gdaladdo</source>
        <translation>%1 бұрыннан бар; оны жойыңыз немесе шолу деңгейлерін gdaladdo арқылы құрыңыз</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>building the overviews of %1 was cancelled</source>
        <translation>%1 шолу деңгейлерін құру тоқтатылды</translation>
    </message>
    <message>
        <source>the overviews of %1 could not be built: %2</source>
        <translation>%1 шолу деңгейлерін құру мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>sez::RegisterCommand</name>
    <message>
        <source>(the source&apos;s)</source>
        <translation>(бастапқы деректерден)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>The register: sqlite:FILE, postgresql://… or service=NAME.</source>
        <translation>Тізілім: sqlite:ФАЙЛ, postgresql://… немесе service=АТАУ.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON шығару.</translation>
    </message>
    <message>
        <source>#%1  %2  %3  version %4  by %5  — %6</source>
        <translation>№%1  %2  %3  %4-нұсқа  авторы %5  — %6</translation>
    </message>
    <message>
        <source>  (undoes #%1)</source>
        <translation>  (№%1 болдырмайды)</translation>
    </message>
    <message>
        <source>%1 already has these values: nothing recorded (version %2)</source>
        <translation>%1 учаскесінде бұл мәндер бұрыннан бар: ештеңе жазылған жоқ (%2-нұсқа)</translation>
    </message>
    <message>
        <source>The investor is new: record it although the dataset does not know it.</source>
        <translation>Инвестор жаңа: деректер жиыны оны білмесе де жазу.</translation>
    </message>
    <message>
        <source>Why: the akimat&apos;s decision number and date.</source>
        <translation>Негіздеме: әкімдік шешімінің нөмірі мен күні.</translation>
    </message>
    <message>
        <source>Refuse unless the parcel is still at this version.</source>
        <translation>Учаске бұл нұсқада болмаса, бас тарту.</translation>
    </message>
    <message>
        <source>The dataset the parcel belongs to.</source>
        <translation>Учаске жататын деректер жиыны.</translation>
    </message>
    <message>
        <source>The dataset&apos;s cache file.</source>
        <translation>Деректер жиынының кэш файлы.</translation>
    </message>
    <message>
        <source>set takes exactly one cadastral number</source>
        <translation>set тек бір кадастрлық нөмір қабылдайды</translation>
    </message>
    <message>
        <source>set needs --reason, e.g. the akimat&apos;s decision number and date</source>
        <translation>set үшін --reason қажет, мысалы әкімдік шешімінің нөмірі мен күні</translation>
    </message>
    <message>
        <source>set needs at least one value to record, e.g. --status allocated</source>
        <translation>set үшін кемінде бір мән қажет, мысалы --status allocated</translation>
    </message>
    <message>
        <source>--expect-version must be a version number (0 for a parcel not yet in the register)</source>
        <translation>--expect-version нұсқа нөмірі болуы керек (тізілімде әлі жоқ учаске үшін 0)</translation>
    </message>
    <message>
        <source>show takes exactly one cadastral number</source>
        <translation>show тек бір кадастрлық нөмір қабылдайды</translation>
    </message>
    <message>
        <source>%1: the register has nothing on this parcel; the source&apos;s values stand</source>
        <translation>%1: тізілімде бұл учаске туралы жазба жоқ; бастапқы деректердегі мәндер күшінде</translation>
    </message>
    <message>
        <source>%1  version %2, last changed %3 by %4</source>
        <translation>%1  %2-нұсқа, соңғы өзгеріс %3, авторы %4</translation>
    </message>
    <message>
        <source>history takes at most one cadastral number</source>
        <translation>history бір кадастрлық нөмірден артық қабылдамайды</translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD) or time (ISO 8601).</source>
        <translation>Осы күннен (ЖЖЖЖ-АА-КК) немесе уақыттан (ISO 8601) бастап.</translation>
    </message>
    <message>
        <source>Up to and including this date, or up to this time.</source>
        <translation>Осы күнді қоса алғанда немесе осы уақытқа дейін.</translation>
    </message>
    <message>
        <source>text, csv or json.</source>
        <translation>text, csv немесе json.</translation>
    </message>
    <message>
        <source>changes takes no cadastral number (see history)</source>
        <translation>changes кадастрлық нөмір қабылдамайды (history қараңыз)</translation>
    </message>
    <message>
        <source>changes needs --since DATE</source>
        <translation>changes үшін --since КҮН қажет</translation>
    </message>
    <message>
        <source>--since and --until take a date as YYYY-MM-DD or a time as YYYY-MM-DDTHH:MM</source>
        <translation>--since пен --until ЖЖЖЖ-АА-КК түріндегі күнді немесе ЖЖЖЖ-АА-ККTСС:ММ түріндегі уақытты қабылдайды</translation>
    </message>
    <message>
        <source>--format must be text, csv or json</source>
        <translation>--format мәні text, csv немесе json болуы керек</translation>
    </message>
    <message>
        <source>undo takes the number of one change (see history)</source>
        <translation>undo бір өзгерістің нөмірін қабылдайды (history қараңыз)</translation>
    </message>
    <message>
        <source>undo needs --reason, e.g. the akimat&apos;s decision number and date</source>
        <translation>undo үшін --reason қажет, мысалы әкімдік шешімінің нөмірі мен күні</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init аргумент қабылдамайды</translation>
    </message>
    <message>
        <source>sezview-cli: register needs a subcommand: set, show, history, changes, undo or init</source>
        <translation>sezview-cli: register үшін ішкі команда қажет: set, show, history, changes, undo немесе init</translation>
    </message>
    <message>
        <source>unknown subcommand; give set, show, history, changes, undo or init</source>
        <translation>белгісіз ішкі команда; set, show, history, changes, undo немесе init көрсетіңіз</translation>
    </message>
    <message>
        <source>the register %1 is ready: officers write as members of sezview_officer, investors and analysts read as members of sezview_reader</source>
        <translation>%1 тізілімі дайын: қызметкерлер sezview_officer мүшелері ретінде жазады, инвесторлар мен талдаушылар sezview_reader мүшелері ретінде оқиды</translation>
    </message>
    <message>
        <source>the register %1 is ready</source>
        <translation>%1 тізілімі дайын</translation>
    </message>
    <message>
        <source>Run &apos;sezview-cli --help&apos; for the commands.</source>
        <translation>Командалар тізімі: «sezview-cli --help».</translation>
    </message>
    <message>
        <source>The allocation register whose values win over the source&apos;s.</source>
        <translation>Мәндері бастапқы деректерден басым болатын беру тізілімі.</translation>
    </message>
    <message>
        <source>The source&apos;s values alone, without the register&apos;s.</source>
        <translation>Тізілімсіз, тек бастапқы деректердің мәндері.</translation>
    </message>
</context>
<context>
    <name>sez::RegisterConnection</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>Qt үшін SQLite драйвері орнатылмаған (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: қалтаны жасау мүмкін емес</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qt үшін PostgreSQL драйвері орнатылмаған (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the register %1: %2</source>
        <translation>%1 тізілімі: %2</translation>
    </message>
    <message>
        <source>the register %1: no answer to %2</source>
        <translation>%1 тізілімі: %2 сұрауына жауап жоқ</translation>
    </message>
</context>
<context>
    <name>sez::RegisterLocation</name>
    <message>
        <source>the register &apos;sqlite:&apos; names no file: give sqlite:FILE</source>
        <translation>«sqlite:» тізілім мекенжайында файл көрсетілмеген: sqlite:ФАЙЛ көрсетіңіз</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a register: give sqlite:FILE, a postgresql:// address or a connection string such as service=NAME</source>
        <translation>«%1» тізілім емес: sqlite:ФАЙЛ, postgresql:// мекенжайын немесе service=АТАУ сияқты қосылу жолын көрсетіңіз</translation>
    </message>
    <message>
        <source>the register address is not valid: %1</source>
        <translation>тізілім мекенжайы жарамсыз: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>жад жетпейді</translation>
    </message>
    <message>
        <source>the register address holds a password: keep it in ~/.pgpass or a service file instead</source>
        <translation>тізілім мекенжайында құпиясөз бар: оны ~/.pgpass немесе қызметтер файлында сақтаңыз</translation>
    </message>
    <message>
        <source>the register address may not contain &apos;;&apos; (in %1)</source>
        <translation>тізілім мекенжайында «;» болмауы керек (%1 ішінде)</translation>
    </message>
</context>
<context>
    <name>sez::RegisterSchema</name>
    <message>
        <source>the register %1 was made by a newer sezview (schema %2; this one knows %3): update sezview</source>
        <translation>%1 тізілімін sezview-тің жаңарақ нұсқасы жасаған (%2-схема; бұл нұсқа %3-схеманы біледі): sezview-ті жаңартыңыз</translation>
    </message>
    <message>
        <source>the register %1 has an unknown schema version (%2)</source>
        <translation>%1 тізілімінің схема нұсқасы белгісіз (%2)</translation>
    </message>
    <message>
        <source>the register %1 is empty and may not be written</source>
        <translation>%1 тізілімі бос, ал оған жазуға болмайды</translation>
    </message>
    <message>
        <source>%1 is not a sezview register: it is left untouched; give another file</source>
        <translation>%1 — sezview тізілімі емес: файл өзгертілмеді; басқа файл көрсетіңіз</translation>
    </message>
    <message>
        <source>the database %1 holds no sezview register yet: its owner creates one with &apos;sezview-cli register init --register ADDRESS&apos;</source>
        <translation>%1 дерекқорында әлі sezview тізілімі жоқ: оны дерекқор иесі «sezview-cli register init --register МЕКЕНЖАЙ» командасымен жасайды</translation>
    </message>
    <message>
        <source>only the register&apos;s owner (%1) or a superuser may set it up: the register %2 is unchanged</source>
        <translation>тізілімді тек оның иесі (%1) немесе суперпайдаланушы баптай алады: %2 тізілімі өзгертілмеді</translation>
    </message>
</context>
<context>
    <name>sez::RegisterSession</name>
    <message>
        <source>No allocation register is open.</source>
        <translation>Беру тізілімі ашылмаған.</translation>
    </message>
    <message>
        <source>The allocation register could not be read: %1</source>
        <translation>Беру тізілімін оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The allocation register %1 could not be opened: %2. The map shows the source&apos;s values.</source>
        <translation>%1 беру тізілімін ашу мүмкін болмады: %2. Картада бастапқы деректердің мәндері көрсетілген.</translation>
    </message>
    <message>
        <source>Changes other desks make will not show until the dataset is opened again: %1</source>
        <translation>Басқа жұмыс орындарындағы өзгерістер деректер жиыны қайта ашылғанша көрінбейді: %1</translation>
    </message>
</context>
<context>
    <name>sez::RegisterSettingsDialog</name>
    <message>
        <source>A file on this computer, for this desk alone</source>
        <translation>Осы компьютердегі файл, тек осы жұмыс орны үшін</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by the office</source>
        <translation>Бүкіл бөлімге ортақ PostgreSQL дерекқоры</translation>
    </message>
    <message>
        <source>Allocation register</source>
        <translation>Беру тізілімі</translation>
    </message>
    <message>
        <source>The register keeps the SEZ&apos;s decisions on each parcel (status, investor, project, lease) and their history; its values are shown over the dataset&apos;s.</source>
        <translation>Тізілім АЭА-ның әр учаске бойынша шешімдерін (мәртебе, инвестор, жоба, жалдау) және олардың тарихын сақтайды; оның мәндері деректер жиынының үстінен көрсетіледі.</translation>
    </message>
    <message>
        <source>A libpq address or service=NAME. The password is not written here: it is read from ~/.pgpass or the service file.</source>
        <translation>libpq мекенжайы немесе service=АТАУ. Құпиясөз мұнда жазылмайды: ол ~/.pgpass немесе қызметтер файлынан оқылады.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>The register file</source>
        <translation>Тізілім файлы</translation>
    </message>
    <message>
        <source>Registers (*.sqlite);;All files (*)</source>
        <translation>Тізілімдер (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Name the register file.</source>
        <translation>Тізілім файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot open it: %1</source>
        <translation>Ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Opened: you may record changes as %1.</source>
        <translation>Ашылды: өзгерістерді %1 ретінде жаза аласыз.</translation>
    </message>
    <message>
        <source>Opened for reading only. %1</source>
        <translation>Тек оқу үшін ашылды. %1</translation>
    </message>
</context>
<context>
    <name>sez::RegisterWatcher</name>
    <message>
        <source>there is no register at %1 yet</source>
        <translation>%1 тізілімі әлі жоқ</translation>
    </message>
</context>
<context>
    <name>sez::Report</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF жасауды бастау мүмкін болмады</translation>
    </message>
    <message>
        <source>Parcel report</source>
        <translation>Учаскелер бойынша есеп</translation>
    </message>
    <message>
        <source>Investor report</source>
        <translation>Инвесторлар бойынша есеп</translation>
    </message>
    <message>
        <source>The SEZ at a glance</source>
        <translation>АЭА: қысқаша шолу</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Бет %1 / %2</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>all parcels</source>
        <translation>барлық учаскелер</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Сұрау: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 жағдай бойынша</translation>
    </message>
    <message>
        <source>%1 parcels, %2 ha official, %3 ha computed; inside the city %4, outside %5</source>
        <translation>Учаскелер: %1; ресми алаңы %2 га, есептелген алаңы %3 га; қала шегінде %4, шегінен тыс %5</translation>
    </message>
    <message>
        <source>By zone</source>
        <translation>Аймақтар бойынша</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Мәртебелер бойынша</translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation>Арнайы экономикалық аймақ</translation>
    </message>
    <message>
        <source>SEZ area</source>
        <translation>АЭА алаңы</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 га</translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation>қала шегінде</translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation>қала шегінен тыс</translation>
    </message>
    <message>
        <source>Investment projects</source>
        <translation>Инвестициялық жобалар</translation>
    </message>
    <message>
        <source>under implementation</source>
        <translation>іске асырылуда</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Инвестициялар</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Жоспарланған жұмыс орындары</translation>
    </message>
    <message>
        <source>First-priority infrastructure objects</source>
        <translation>Бірінші кезектегі инфрақұрылым нысандары</translation>
    </message>
    <message>
        <source>Parcels: %1; official area %2 ha; computed area %3 ha</source>
        <translation>Учаскелер: %1; ресми алаңы %2 га; есептелген алаңы %3 га</translation>
    </message>
    <message>
        <source>Investment: %1; planned jobs: %2</source>
        <translation>Инвестициялар: %1; жоспарланған жұмыс орындары: %2</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Жоба: %1</translation>
    </message>
    <message>
        <source>Parcels of %1</source>
        <translation>%1 учаскелері</translation>
    </message>
    <message>
        <source>≠ marks parcels whose computed area differs from the official one by more than 1 %.</source>
        <translation>≠ — учаскенің есептелген алаңы ресми алаңынан 1 %-дан астам ерекшеленеді.</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>есепті жасау тоқтатылды</translation>
    </message>
    <message>
        <source>and %1 more (all in the table)</source>
        <translation>және тағы %1 (барлығы кестеде)</translation>
    </message>
    <message>
        <source>Picked by hand (%1): %2</source>
        <translation>Қолмен таңдалғандар (%1): %2</translation>
    </message>
    <message>
        <source>Added by hand (%1): %2</source>
        <translation>Қолмен қосылғандар (%1): %2</translation>
    </message>
    <message>
        <source>Taken out by hand (%1): %2</source>
        <translation>Қолмен алынып тасталғандар (%1): %2</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Масштаб 1:%1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;%2</source>
        <translation>белгісіз баған &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
</context>
<context>
    <name>sez::ReportDialog</name>
    <message>
        <source>Parcel extract %1</source>
        <translation>%1 жер учаскесі туралы үзінді көшірме</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>The SEZ at a glance</source>
        <translation>АЭА: қысқаша шолу</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>Write the extract…</source>
        <translation>Үзінді көшірме жасау…</translation>
    </message>
    <message>
        <source>Write the report…</source>
        <translation>Есеп жасау…</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <source>&amp;Columns of the parcel table (drag to reorder):</source>
        <translation>&amp;Учаскелер кестесінің бағандары (ретін сүйреп өзгертуге болады):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Pulkovo 1942 / Gauss-Krüger (the parcel&apos;s zone)</source>
        <translation>Пулково 1942 / Гаусс-Крюгер (учаске аймағы)</translation>
    </message>
    <message>
        <source>Another EPSG code</source>
        <translation>Басқа EPSG коды</translation>
    </message>
    <message>
        <source>&amp;Extra coordinates:</source>
        <translation>&amp;Қосымша координаттар:</translation>
    </message>
    <message>
        <source>Parcel report</source>
        <translation>Учаскелер бойынша есеп</translation>
    </message>
    <message>
        <source>Investor report</source>
        <translation>Инвесторлар бойынша есеп</translation>
    </message>
</context>
<context>
    <name>sez::SearchBox</name>
    <message>
        <source>Search: cadastral number, investor, project, address</source>
        <translation>Іздеу: кадастрлық нөмір, инвестор, жоба, мекенжай</translation>
    </message>
</context>
<context>
    <name>sez::ShapefileParts</name>
    <message>
        <source>the file is %1 bytes, shorter than a DBF header</source>
        <translation>файл өлшемі %1 байт — DBF тақырыбынан қысқа</translation>
    </message>
    <message>
        <source>the header length is %1 bytes in a file of %2</source>
        <translation>файл өлшемі %2 болғанда тақырып ұзындығы %1 байт</translation>
    </message>
    <message>
        <source>field %1 (%2) has a length of 0</source>
        <translation>%1-өрістің (%2) ұзындығы 0</translation>
    </message>
    <message numerus="yes">
        <source>its %Ln field(s) add up to %1 bytes a record, but the header says %2</source>
        <translation>
            <numerusform>оның %Ln өрісі бір жазбаға барлығы %1 байт береді, ал тақырыпта %2 көрсетілген</numerusform>
            <numerusform>оның %Ln өрісі бір жазбаға барлығы %1 байт береді, ал тақырыпта %2 көрсетілген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sez::StatisticsPanel</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Official area</source>
        <translation>Ресми алаңы</translation>
    </message>
    <message>
        <source>Computed area</source>
        <translation>Есептелген алаңы</translation>
    </message>
    <message>
        <source>All parcels of the dataset</source>
        <translation>Деректер жинағының барлық учаскелері</translation>
    </message>
    <message>
        <source>The selected parcels</source>
        <translation>Таңдалған учаскелер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Inside the city</source>
        <translation>Қала шегінде</translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation>Қала шегінен тыс</translation>
    </message>
    <message>
        <source>By zone</source>
        <translation>Аймақтар бойынша</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Мәртебелер бойынша</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Аудандар бойынша</translation>
    </message>
</context>
<context>
    <name>sez::StoreBuilder</name>
    <message>
        <source>building the parcel store was cancelled</source>
        <translation>учаскелер қоймасын құру тоқтатылды</translation>
    </message>
    <message>
        <source>the parcel store was not built from this dataset</source>
        <translation>учаскелер қоймасы осы деректер жиынынан құрылмаған</translation>
    </message>
    <message>
        <source>the parcels&apos; attributes were let go before the store was built</source>
        <translation>учаскелердің атрибуттары қойма құрылғанға дейін босатылды</translation>
    </message>
    <message>
        <source>a parcel layer has more features than one store holds</source>
        <translation>учаскелер қабатында бір қойма сыйғызатыннан көп нысан бар</translation>
    </message>
</context>
<context>
    <name>sez::TextEncoding</name>
    <message>
        <source>text is plain ASCII</source>
        <translation>мәтін тек ASCII таңбаларынан тұрады</translation>
    </message>
    <message>
        <source>every value is valid UTF-8</source>
        <translation>барлық мәндер — жарамды UTF-8</translation>
    </message>
    <message>
        <source>bytes are not UTF-8; %1 reads as Cyrillic (%2 letters)</source>
        <translation>байттар UTF-8 емес; %1 кодтауында кирилл жазуы оқылады (әріп саны: %2)</translation>
    </message>
    <message>
        <source>bytes are not UTF-8 and no Cyrillic code page fits; read as Latin-1</source>
        <translation>байттар UTF-8 емес және бірде-бір кирилл кодтауы сәйкес келмейді; Latin-1 ретінде оқылды</translation>
    </message>
    <message>
        <source>%1, but the text is %2 (%3)</source>
        <extracomment>%1: what the file said (&quot;the .cpg says &apos;1251&apos;&quot;); %2: the encoding read instead; %3: why.</extracomment>
        <translation>%1, бірақ мәтін %2 (%3)</translation>
    </message>
</context>
<context>
    <name>sez::TileCache</name>
    <message>
        <source>%1: the tile cache&apos;s folder cannot be created</source>
        <translation>%1: тайлдар кэшінің қалтасын құру мүмкін емес</translation>
    </message>
    <message>
        <source>%1: the tile cache cannot be used: %2</source>
        <translation>%1: тайлдар кэшін пайдалану мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: the tile cache cannot be read: %2</source>
        <translation>%1: тайлдар кэшін оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>it holds the tiles of %1</source>
        <translation>онда басқа дереккөздің тайлдары бар: %1</translation>
    </message>
    <message>
        <source>the server sent something that is not an image</source>
        <translation>сервер сурет емес нәрсе жіберді</translation>
    </message>
</context>
<context>
    <name>sez::TileFetcher</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the server answered %2</source>
        <translation>%1: сервер %2 деп жауап берді</translation>
    </message>
</context>
<context>
    <name>sez::TileImagery</name>
    <message>
        <source>no tile address was given</source>
        <translation>тайлдар мекенжайы берілмеген</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tile(s) of %1 not fetched yet</source>
        <translation>
            <numerusform>%1: %Ln тайл әлі жүктелмеген</numerusform>
            <numerusform>%1: %Ln тайл әлі жүктелмеген</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be drawn: %2</source>
        <translation>%1 салу мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>sez::TileSource</name>
    <message>
        <source>%1 is not a tile address: give an http or https URL such as https://tiles.example.kz/{z}/{x}/{y}.png</source>
        <translation>%1 — тайлдар мекенжайы емес: http немесе https URL көрсетіңіз, мысалы https://tiles.example.kz/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>%1 does not say which tile to fetch: an XYZ address needs {z}, {x} and {y}, a WMTS address {TileMatrix}, {TileCol} and {TileRow}</source>
        <translation>%1 қай тайлды жүктеу керектігін көрсетпейді: XYZ мекенжайында {z}, {x} және {y}, WMTS мекенжайында {TileMatrix}, {TileCol} және {TileRow} болуы керек</translation>
    </message>
    <message>
        <source>%1: the zoom levels must lie from 0 to 24, the first not above the last</source>
        <translation>%1: масштаб деңгейлері 0-ден 24-ке дейін болуы керек, біріншісі соңғысынан аспауы тиіс</translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation>Тайлдар: %1</translation>
    </message>
</context>
</TS>
