<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Alatau SEZ</source>
        <translation>«Алатау» АЭА</translation>
    </message>
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
</context>
<context>
    <name>sez::Dashboard</name>
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
        <translation>Реконструкция</translation>
    </message>
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
</context>
<context>
    <name>sez::HumanLabels</name>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмір</translation>
    </message>
    <message>
        <source>Official area, ha</source>
        <translation>Ресми алаңы, га</translation>
    </message>
    <message>
        <source>Computed area, ha</source>
        <translation>Есептелген алаңы, га</translation>
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
        <source>Investment, ₸</source>
        <translation>Инвестиция, ₸</translation>
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
        <source>Power, kW</source>
        <translation>Қуаты, кВт</translation>
    </message>
    <message>
        <source>Water, m³/day</source>
        <translation>Су, м³/тәул</translation>
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
        <source>(none)</source>
        <translation>(жоқ)</translation>
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
</context>
<context>
    <name>sez::LayerPanel</name>
    <message>
        <source>Parcel outlines</source>
        <translation>Учаске шекаралары</translation>
    </message>
    <message>
        <source>Cadastral numbers</source>
        <translation>Кадастрлық нөмірлер</translation>
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
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>Other layers</source>
        <translation>Басқа қабаттар</translation>
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
        <source>Layers and legend</source>
        <translation>Қабаттар және шартты белгілер</translation>
    </message>
    <message>
        <source>Find sites</source>
        <translation>Учаскелерді іздеу</translation>
    </message>
    <message>
        <source>Parcel card</source>
        <translation>Учаске карточкасы</translation>
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
        <translation>Деректер жинағын ашу</translation>
    </message>
    <message>
        <source>Datasets (dataset.json *.json *.shp *.gpkg *.geojson);;All files (*)</source>
        <translation>Деректер жинақтары (dataset.json *.json *.shp *.gpkg *.geojson);;Барлық файлдар (*)</translation>
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
        <source>Export &amp;report (PDF)…</source>
        <translation>&amp;Есепті экспорттау (PDF)…</translation>
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
        <source>the selection (%1)</source>
        <translation>таңдалған учаскелер (%1)</translation>
    </message>
</context>
<context>
    <name>sez::MapCanvas</name>
    <message>
        <source>No dataset open</source>
        <translation>Деректер жинағы ашылмаған</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>С</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Қашықтық: %1</translation>
    </message>
    <message>
        <source>Area: %1, perimeter %2</source>
        <translation>Алаңы: %1, периметрі %2</translation>
    </message>
</context>
<context>
    <name>sez::ParcelCard</name>
    <message>
        <source>Copy as text</source>
        <translation>Мәтін ретінде көшіру</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
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
        <source>Official area</source>
        <translation>Ресми алаңы</translation>
    </message>
    <message>
        <source>differs from the official area by %1 %</source>
        <translation>ресми алаңнан айырмашылығы %1 %</translation>
    </message>
    <message>
        <source>Computed area (ellipsoidal)</source>
        <translation>Есептелген алаңы (эллипсоид бойынша)</translation>
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
        <source>Nearest %1</source>
        <translation>Ең жақын %1</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Жалға алу</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Centre (lon, lat)</source>
        <translation>Орталығы (бойлық, ендік)</translation>
    </message>
    <message>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <source>Centre (EPSG:%1)</source>
        <translation>Орталығы (EPSG:%1)</translation>
    </message>
    <message>
        <source>%1 E, %2 N</source>
        <translation>шығыс %1, солтүстік %2</translation>
    </message>
</context>
<context>
    <name>sez::ParcelTableModel</name>
    <message>
        <source>inside</source>
        <translation>шегінде</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>шегінен тыс</translation>
    </message>
    <message>
        <source>Computed area, ha</source>
        <translation>Есептелген алаңы, га</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
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
        <source> km</source>
        <translation> км</translation>
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
</context>
<context>
    <name>sez::Report</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмір</translation>
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
        <source>Official, ha</source>
        <translation>Ресми, га</translation>
    </message>
    <message>
        <source>Computed, ha</source>
        <translation>Есептелген, га</translation>
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
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Investment, ₸</source>
        <translation>Инвестиция, ₸</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
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
</context>
<context>
    <name>sez::SearchBox</name>
    <message>
        <source>Search: cadastral number, investor, project, address</source>
        <translation>Іздеу: кадастрлық нөмір, инвестор, жоба, мекенжай</translation>
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
    <name>sez::SummaryPanel</name>
    <message>
        <source>Item</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Official, ha</source>
        <translation>Ресми, га</translation>
    </message>
    <message>
        <source>Computed, ha</source>
        <translation>Есептелген, га</translation>
    </message>
    <message>
        <source>SEZ area</source>
        <translation>АЭА алаңы</translation>
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
        <source>City limits</source>
        <translation>Қала шекарасы</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>by zone</source>
        <translation>аймақтар бойынша</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>мәртебелер бойынша</translation>
    </message>
    <message>
        <source>official and computed area differ by more than 1 %</source>
        <translation>ресми және есептелген алаңдардың айырмасы 1 %-дан асады</translation>
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
        <source>investment, tenge</source>
        <translation>инвестиция, теңге</translation>
    </message>
    <message>
        <source>planned jobs</source>
        <translation>жоспарланған жұмыс орындары</translation>
    </message>
    <message>
        <source>Infrastructure objects</source>
        <translation>Инфрақұрылым нысандары</translation>
    </message>
</context>
</TS>
