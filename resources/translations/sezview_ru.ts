<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Land parcels of the Alatau special economic zone.</source>
        <translation>Земельные участки специальной экономической зоны «Алатау».</translation>
    </message>
    <message>
        <source>A dataset.json or a layer file (.shp, .gpkg). Default: the last one opened, else the bundled sample.</source>
        <translation>Файл dataset.json или файл слоя (.shp, .gpkg). По умолчанию — последний открытый, иначе встроенный пример.</translation>
    </message>
    <message>
        <source>Where to keep dataset caches.</source>
        <translation>Каталог для кэша наборов данных.</translation>
    </message>
    <message>
        <source>Language: en, ru or kk.</source>
        <translation>Язык: en, ru или kk.</translation>
    </message>
    <message>
        <source>Open at this view: longitude,latitude,scale (View ▸ Copy the view).</source>
        <translation>Открыть в этом виде: долгота,широта,масштаб (Вид ▸ Копировать вид).</translation>
    </message>
    <message>
        <source>The allocation register: sqlite:FILE or postgresql://… (default: the one chosen in Tools ▸ Allocation register).</source>
        <translation>Реестр предоставления участков: sqlite:ФАЙЛ или postgresql://… (по умолчанию — выбранный в меню Сервис ▸ Реестр предоставления).</translation>
    </message>
    <message>
        <source>A raster file or tile address shown under the map for this session.</source>
        <translation>Растровый файл или адрес тайлов, показываемый под картой в этом сеансе.</translation>
    </message>
    <message>
        <source>The credit of a tile address.</source>
        <translation>Указание источника для адреса тайлов.</translation>
    </message>
</context>
<context>
    <name>sez::AllocationCheck</name>
    <message>
        <source>&apos;%1&apos; is not a value of %2 that the dataset %3 knows (%4)%5</source>
        <translation>«%1» — неизвестное значение поля «%2» в наборе данных %3 (%4)%5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an investor that the dataset %2 or the register knows%3 (to record a new investor, say that it is new: --new-investor)</source>
        <translation>«%1» — инвестор, неизвестный ни набору данных %2, ни реестру%3 (чтобы записать нового инвестора, укажите, что он новый: --new-investor)</translation>
    </message>
    <message>
        <source>%1: no parcel of the dataset %2 has this cadastral number</source>
        <translation>%1: в наборе данных %2 нет участка с таким кадастровым номером</translation>
    </message>
</context>
<context>
    <name>sez::AllocationConflictDialog</name>
    <message>
        <source>Record mine over version %1</source>
        <translation>Записать моё поверх версии %1</translation>
    </message>
    <message>
        <source>Keep the register&apos;s</source>
        <translation>Оставить как в реестре</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile</source>
        <translation>%1 тем временем изменён</translation>
    </message>
    <message>
        <source>While you were editing, %1 recorded version %2 of this parcel (%3). Nothing has been overwritten. Compare, then choose.</source>
        <translation>Пока вы редактировали, %1 записал(а) версию %2 этого участка (%3). Ничего не перезаписано. Сравните и выберите.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>другое рабочее место</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>You entered</source>
        <translation>Вы ввели</translation>
    </message>
    <message>
        <source>In the register now</source>
        <translation>Сейчас в реестре</translation>
    </message>
</context>
<context>
    <name>sez::AllocationEditor</name>
    <message>
        <source>A new investor, not yet known to the dataset or the register</source>
        <translation>Новый инвестор, ещё не известный ни набору данных, ни реестру</translation>
    </message>
    <message>
        <source>Edit allocation: %1</source>
        <translation>Изменить предоставление: %1</translation>
    </message>
    <message>
        <source>e.g. Akimat decision No. 117 of 14.03.2025</source>
        <translation>например, решение акимата № 117 от 14.03.2025</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>The register has no decision on this parcel yet: the values are the source&apos;s.</source>
        <translation>В реестре ещё нет решения по этому участку: значения — из исходных данных.</translation>
    </message>
    <message>
        <source>Version %1 of the register, recorded %2 by %3.</source>
        <translation>Версия %1 реестра, записана %2, автор: %3.</translation>
    </message>
    <message>
        <source>Nothing was changed: change a value, or Cancel.</source>
        <translation>Ничего не изменено: измените значение или нажмите «Отмена».</translation>
    </message>
    <message>
        <source>Say why: the akimat&apos;s decision number and date.</source>
        <translation>Укажите основание: номер и дату решения акимата.</translation>
    </message>
</context>
<context>
    <name>sez::AllocationFields</name>
    <message>
        <source>%1 must be a whole number of zero or more, not &apos;%2&apos;</source>
        <translation>%1 должно быть целым числом не меньше нуля, а не «%2»</translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more, not &apos;%2&apos;</source>
        <translation>%1 должно быть числом не меньше нуля, а не «%2»</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>%1 должно быть датой в виде ГГГГ-ММ-ДД, а не «%2»</translation>
    </message>
    <message>
        <source>(the source&apos;s)</source>
        <translation>(из исходных данных)</translation>
    </message>
</context>
<context>
    <name>sez::AllocationRegister</name>
    <message>
        <source>You are signed in to the register as &apos;%1&apos;, a role that may read allocations but not change them. Ask the register&apos;s administrator for the officer role (sezview_officer).</source>
        <translation>Вы вошли в реестр как «%1» — эта роль может читать сведения о предоставлении участков, но не изменять их. Попросите администратора реестра дать вам роль сотрудника (sezview_officer).</translation>
    </message>
    <message>
        <source>The register %1 was opened for reading only.</source>
        <translation>Реестр %1 открыт только для чтения.</translation>
    </message>
    <message>
        <source>The register file %1 may only be read: you have no right to write it.</source>
        <translation>Файл реестра %1 можно только читать: у вас нет права записи в него.</translation>
    </message>
    <message>
        <source>The register database %1 only reads (a standby server or a read-only session): changes cannot be recorded there.</source>
        <translation>База данных реестра %1 работает только на чтение (резервный сервер или сеанс только для чтения): изменения в ней записать нельзя.</translation>
    </message>
    <message>
        <source>%1 is not a text field of the register</source>
        <translation>%1 — не текстовое поле реестра</translation>
    </message>
    <message>
        <source>%1: the lease would end (%2) before it starts (%3)</source>
        <translation>%1: аренда закончилась бы (%2) раньше, чем началась (%3)</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile by %2: the register is at version %3, newer than the one this edit started from. Nothing was overwritten; look at the new values and edit again.</source>
        <translation>Участок %1 тем временем изменён (автор: %2): в реестре уже версия %3, новее той, с которой начиналась эта правка. Ничего не перезаписано; посмотрите новые значения и внесите правку заново.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>другое рабочее место</translation>
    </message>
    <message>
        <source>an allocation change needs the parcel&apos;s cadastral number</source>
        <translation>для изменения нужен кадастровый номер участка</translation>
    </message>
    <message>
        <source>%1: an allocation change needs its reason, e.g. the akimat&apos;s decision number and date</source>
        <translation>%1: для изменения нужно основание, например номер и дата решения акимата</translation>
    </message>
    <message>
        <source>%1 is the source&apos;s to say, not the register&apos;s</source>
        <translation>%1 берётся из исходных данных, а не из реестра</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid value for %3</source>
        <translation>%1: «%2» — недопустимое значение для %3</translation>
    </message>
    <message>
        <source>undoing change #%1 needs its reason, e.g. the akimat&apos;s decision number and date</source>
        <translation>для отмены изменения №%1 нужно основание, например номер и дата решения акимата</translation>
    </message>
    <message>
        <source>change #%1 cannot be undone: %2 of %3 was changed again since; record the value you want instead</source>
        <translation>изменение №%1 нельзя отменить: поле %2 участка %3 с тех пор изменено ещё раз; вместо отмены запишите нужное значение</translation>
    </message>
    <message>
        <source>the register has no change #%1</source>
        <translation>в реестре нет изменения №%1</translation>
    </message>
</context>
<context>
    <name>sez::AttributeTable</name>
    <message>
        <source>Selected only</source>
        <translation>Только выбранные</translation>
    </message>
    <message>
        <source>Filter, e.g. zone = &apos;industrial&apos; and status = &apos;free&apos; and area_ha &gt;= 10</source>
        <translation>Фильтр, например: zone = &apos;industrial&apos; and status = &apos;free&apos; and area_ha &gt;= 10</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Shown: %1; selected: %2</source>
        <translation>Показано: %1; выбрано: %2</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>Набор данных не открыт.</translation>
    </message>
    <message>
        <source>Export parcels to CSV</source>
        <translation>Экспорт участков в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <source>Select every parcel the table shows</source>
        <translation>Выбрать все участки, показанные в таблице</translation>
    </message>
    <message>
        <source>Invert selection</source>
        <translation>Обратить выбор</translation>
    </message>
    <message>
        <source>Select the parcels the table shows that are not selected, and nothing else</source>
        <translation>Выбрать показанные в таблице участки, которые не выбраны, и только их</translation>
    </message>
    <message>
        <source>Zoom to selected</source>
        <translation>Приблизить к выбранным</translation>
    </message>
    <message>
        <source>Show the selected parcels on the map</source>
        <translation>Показать выбранные участки на карте</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Столбцы…</translation>
    </message>
    <message>
        <source>Choose the columns and their order; dragging a header moves its column too</source>
        <translation>Выбрать столбцы и их порядок; столбец можно также перетащить за заголовок</translation>
    </message>
    <message>
        <source>Hide the column “%1”</source>
        <translation>Скрыть столбец «%1»</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Сортировка…</translation>
    </message>
</context>
<context>
    <name>sez::CacheFingerprint</name>
    <message>
        <source>%1 was removed</source>
        <translation>%1 удалён</translation>
    </message>
    <message>
        <source>%1 changed (size %2 → %3 bytes)</source>
        <translation>%1 изменён (размер %2 → %3 байт)</translation>
    </message>
    <message>
        <source>%1 changed (its content differs)</source>
        <translation>%1 изменён (другое содержимое)</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>добавлен %1</translation>
    </message>
    <message>
        <source>the table %1 of %2 changed</source>
        <translation>изменилась таблица %1 в %2</translation>
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
        <translation>восток %1, север %2</translation>
    </message>
</context>
<context>
    <name>sez::ChangesReport</name>
    <message>
        <source>Allocation changes from %1 to %2</source>
        <translation>Изменения в предоставлении участков с %1 по %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Набор данных: %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Реестр: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Составлено %1</translation>
    </message>
    <message>
        <source>Changes: %1; parcels changed: %2</source>
        <translation>Изменений: %1; изменённых участков: %2</translation>
    </message>
    <message>
        <source>No parcel changed its status.</source>
        <translation>Ни один участок не сменил статус.</translation>
    </message>
    <message>
        <source>Statuses given: %1</source>
        <translation>Присвоенные статусы: %1</translation>
    </message>
    <message>
        <source>The register recorded no change in this period.</source>
        <translation>За этот период реестр не записал ни одного изменения.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>undoes No. %1: %2</source>
        <translation>отменяет № %1: %2</translation>
    </message>
</context>
<context>
    <name>sez::ColumnChooser</name>
    <message>
        <source>Columns of the attribute table</source>
        <translation>Столбцы таблицы атрибутов</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them, or use the buttons, to order them.</source>
        <translation>Отметьте столбцы, которые нужно показать; порядок меняется перетаскиванием или кнопками.</translation>
    </message>
</context>
<context>
    <name>sez::Dashboard</name>
    <message>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>Figures of the %1 selected.</source>
        <translation>Показатели выбранных: %1.</translation>
    </message>
    <message>
        <source>Figures of the whole SEZ.</source>
        <translation>Показатели всей СЭЗ.</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 раб. мест</translation>
    </message>
    <message>
        <source>SEZ area inside and outside the city</source>
        <translation>Площадь СЭЗ в черте и за чертой города</translation>
    </message>
    <message>
        <source>Inside the city</source>
        <translation>В черте города</translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation>За чертой города</translation>
    </message>
    <message>
        <source>Area by zone</source>
        <translation>Площадь по зонам</translation>
    </message>
    <message>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <source>Investment by sector (zone)</source>
        <translation>Инвестиции по отраслям (зонам)</translation>
    </message>
    <message>
        <source>billion ₸</source>
        <translation>млрд ₸</translation>
    </message>
    <message>
        <source>Jobs by sector (zone)</source>
        <translation>Рабочие места по отраслям (зонам)</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>рабочие места</translation>
    </message>
    <message>
        <source>Parcels by status</source>
        <translation>Участки по статусу</translation>
    </message>
    <message>
        <source>Investment by investor (top 10)</source>
        <translation>Инвестиции по инвесторам (топ-10)</translation>
    </message>
    <message>
        <source>Jobs by investor (top 10)</source>
        <translation>Рабочие места по инвесторам (топ-10)</translation>
    </message>
    <message>
        <source>Infrastructure objects by kind and status</source>
        <translation>Объекты инфраструктуры по видам и статусу</translation>
    </message>
    <message>
        <source>Whole SEZ</source>
        <translation>Вся СЭЗ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Выбранные</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>участков</translation>
    </message>
    <message>
        <source>official area</source>
        <translation>официальная площадь</translation>
    </message>
    <message>
        <source>computed area</source>
        <translation>вычисленная площадь</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>инвестиции</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>проектов</translation>
    </message>
    <message>
        <source>Not computed: %1.</source>
        <extracomment>%1: the figures, each with why, separated by semicolons</extracomment>
        <translation>Не вычислено: %1.</translation>
    </message>
</context>
<context>
    <name>sez::DataSource</name>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: нет такого файла или папки</translation>
    </message>
    <message>
        <source>%1: is a dataset manifest, not data</source>
        <translation>%1: это манифест набора данных, а не данные</translation>
    </message>
    <message>
        <source>%1: the folder holds no layer file (Shapefile, MapInfo TAB or MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), nor do its sub-folders</source>
        <translation>%1: в папке и её подпапках нет файлов слоёв (Shapefile, MapInfo TAB или MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf)</translation>
    </message>
    <message>
        <source>%1: the archive holds no layer file (Shapefile, MapInfo TAB or MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), or it is not a readable .zip</source>
        <translation>%1: в архиве нет файлов слоёв (Shapefile, MapInfo TAB или MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), или это не читаемый .zip</translation>
    </message>
</context>
<context>
    <name>sez::DatasetManifest</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1: not a valid dataset manifest: %2 at byte %3; fix the JSON</source>
        <translation>%1: это не манифест набора данных: %2 в байте %3; исправьте JSON</translation>
    </message>
    <message>
        <source>%1: map_crs &apos;%2&apos; is not an EPSG code PROJ knows; use e.g. &quot;EPSG:32643&quot;</source>
        <translation>%1: map_crs «%2» — не известный PROJ код EPSG; укажите, например, &quot;EPSG:32643&quot;</translation>
    </message>
    <message>
        <source>%1: the manifest lists no layers; add a &quot;layers&quot; array</source>
        <translation>%1: в манифесте нет слоёв; добавьте массив &quot;layers&quot;</translation>
    </message>
    <message>
        <source>%1: layer %2 has no &quot;path&quot;</source>
        <translation>%1: у слоя %2 нет &quot;path&quot;</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has the unknown role &apos;%3&apos;; use one of %4</source>
        <translation>%1: у слоя «%2» неизвестная роль «%3»; используйте одну из: %4</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; names the unknown encoding &apos;%3&apos;; use e.g. UTF-8, CP1251, CP866 or RK1048</source>
        <translation>%1: для слоя «%2» указана неизвестная кодировка «%3»; используйте, например, UTF-8, CP1251, CP866 или RK1048</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket); sezview reads only files. Check the path</source>
        <translation>%1: это не обычный файл (устройство, канал или сокет); sezview читает только файлы. Проверьте путь</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; is read from %3, outside the dataset&apos;s folder; check that the manifest is the one you meant</source>
        <translation>%1: слой «%2» читается из %3, вне папки набора данных; проверьте, тот ли это манифест</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; gives a unit for &apos;%3&apos;, which has none</source>
        <translation>%1: слой «%2» задаёт единицу для «%3», у которого единиц нет</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; gives &apos;%3&apos; the unknown unit &apos;%4&apos;; use one of %5</source>
        <translation>%1: слой «%2» задаёт для «%3» неизвестную единицу «%4»; используйте одну из: %5</translation>
    </message>
    <message>
        <source>%1: no such file or directory; give a folder, a layer file (Shapefile, MapInfo TAB or MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), a .zip of them or a dataset.json</source>
        <translation>%1: нет такого файла или папки; укажите папку, файл слоя (Shapefile, MapInfo TAB или MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), их .zip или dataset.json</translation>
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
        <translation>%1 тенге</translation>
    </message>
    <message>
        <source>SEZ area:</source>
        <translation>Площадь СЭЗ:</translation>
    </message>
    <message>
        <source>  inside the city:</source>
        <translation>  в черте города:</translation>
    </message>
    <message>
        <source>  outside the city:</source>
        <translation>  за чертой города:</translation>
    </message>
    <message>
        <source>City limits:</source>
        <translation>Черта города:</translation>
    </message>
    <message>
        <source>Parcels:</source>
        <translation>Участки:</translation>
    </message>
    <message>
        <source>%1 (%2 official, %3 computed; %4 differ by more than 1 %)</source>
        <translation>%1 (официальная %2, вычисленная %3; у %4 расхождение более 1 %)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>By zone (count, official, computed):</source>
        <translation>По зонам (количество, официальная, вычисленная):</translation>
    </message>
    <message>
        <source>By status (count, official, computed):</source>
        <translation>По статусам (количество, официальная, вычисленная):</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Проекты:</translation>
    </message>
    <message>
        <source>%1 (%2 under implementation)</source>
        <translation>%1 (реализуются: %2)</translation>
    </message>
    <message>
        <source>Investment:</source>
        <translation>Инвестиции:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Рабочие места:</translation>
    </message>
    <message>
        <source>Infrastructure objects:</source>
        <translation>Объекты инфраструктуры:</translation>
    </message>
    <message>
        <source>not in the data</source>
        <translation>нет в данных</translation>
    </message>
    <message>
        <source>Not computed, the data does not give them:</source>
        <translation>Не вычислено, данные этого не дают:</translation>
    </message>
    <message>
        <source>SEZ area: the data has no SEZ boundary layer</source>
        <translation>площадь СЭЗ: в данных нет слоя границы СЭЗ</translation>
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
        <translation>не важно</translation>
    </message>
    <message>
        <source>In metres: 2000 is 2 km. You may also type “2 km”.</source>
        <translation>В метрах: 2000 — это 2 км. Можно ввести и «2 км».</translation>
    </message>
</context>
<context>
    <name>sez::DistanceBuffersPainter</name>
    <message>
        <source>Within %1 of: %2</source>
        <translation>Не дальше %1 от: %2</translation>
    </message>
</context>
<context>
    <name>sez::EmphasisPainter</name>
    <message>
        <source>Query result</source>
        <translation>Результат запроса</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Выбранные участки</translation>
    </message>
</context>
<context>
    <name>sez::Exporter</name>
    <message>
        <source>GDAL reported no reason</source>
        <translation>GDAL не сообщил причину</translation>
    </message>
    <message>
        <source>%1: cannot create the column %2: %3</source>
        <translation>%1: не удалось создать столбец %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot start writing: %2</source>
        <translation>%1: не удалось начать запись: %2</translation>
    </message>
    <message>
        <source>%1: cannot write parcel %2: %3</source>
        <translation>%1: не удалось записать участок %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot finish writing: %2</source>
        <translation>%1: не удалось завершить запись: %2</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: не удалось создать: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the layer: %2</source>
        <translation>%1: не удалось создать слой: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace %2: %3</source>
        <translation>%1: не удалось заменить %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot move %2 into place: %3; nothing was written</source>
        <translation>%1: не удалось переместить %2 на место: %3; ничего не записано</translation>
    </message>
    <message>
        <source>%1: cannot write in %2</source>
        <translation>%1: нельзя записывать в %2</translation>
    </message>
    <message>
        <source>%1: GDAL wrote no file</source>
        <translation>%1: GDAL не записал ни одного файла</translation>
    </message>
    <message>
        <source>; the earlier files are kept in %1</source>
        <translation>; прежние файлы сохранены в %1</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — может быть, &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1: the directory %2 does not exist</source>
        <translation>%1: папки %2 не существует</translation>
    </message>
    <message>
        <source>By zone</source>
        <translation>По зонам</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>По статусам</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>По районам</translation>
    </message>
    <message>
        <source>By investor</source>
        <translation>По инвесторам</translation>
    </message>
    <message>
        <source>%1: cannot create the sheet %2: %3</source>
        <translation>%1: не удалось создать лист %2: %3</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>%1: cannot write the sheet %2: %3</source>
        <translation>%1: не удалось записать лист %2: %3</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;%2</source>
        <translation>неизвестное поле &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>GeoPackage, Shapefile and XLSX are written to a file: give -o FILE</source>
        <translation>GeoPackage, Shapefile и XLSX записываются в файл: укажите -o ФАЙЛ</translation>
    </message>
</context>
<context>
    <name>sez::FeatureCard</name>
    <message>
        <source>Inside the city</source>
        <translation>В черте города</translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation>За чертой города</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Плановый срок</translation>
    </message>
    <message>
        <source>Side of the city limits</source>
        <translation>Относительно черты города</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation>Название (%1)</translation>
    </message>
    <message>
        <source>Area (ellipsoidal)</source>
        <translation>Площадь (на эллипсоиде)</translation>
    </message>
    <message>
        <source>Length (ellipsoidal)</source>
        <translation>Длина (на эллипсоиде)</translation>
    </message>
    <message>
        <source>Position (lon, lat)</source>
        <translation>Положение (долгота, широта)</translation>
    </message>
    <message>
        <source>Position (EPSG:%1)</source>
        <translation>Положение (EPSG:%1)</translation>
    </message>
</context>
<context>
    <name>sez::FieldTable</name>
    <message>
        <source>Industrial</source>
        <translation>Промышленная</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Логистическая</translation>
    </message>
    <message>
        <source>Agro-processing</source>
        <translation>Агропереработка</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергетическая</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Туристическая</translation>
    </message>
    <message>
        <source>Business and finance</source>
        <translation>Деловая и финансовая</translation>
    </message>
    <message>
        <source>Education and medicine</source>
        <translation>Образование и медицина</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Жилая</translation>
    </message>
    <message>
        <source>Green / reserve</source>
        <translation>Зелёная / резервная</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Зарезервирован</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Выделен</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Строится</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation>в черте города</translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation>за чертой города</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <source>Official area</source>
        <translation>Официальная площадь</translation>
    </message>
    <message>
        <source>Computed area</source>
        <translation>Вычисленная площадь</translation>
    </message>
    <message>
        <source>Land category</source>
        <translation>Категория земель</translation>
    </message>
    <message>
        <source>Permitted use</source>
        <translation>Целевое назначение</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Инвестор</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Project (Kazakh)</source>
        <translation>Проект (на казахском)</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Рабочие места</translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation>Аренда с</translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation>Аренда до</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <source>Gas connection</source>
        <translation>Подключение к газу</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City of Alatau</source>
        <translation>Город Алатау</translation>
    </message>
    <message>
        <source>Nearest substation</source>
        <translation>Ближайшая подстанция</translation>
    </message>
    <message>
        <source>Nearest water intake</source>
        <translation>Ближайший водозабор</translation>
    </message>
    <message>
        <source>Nearest gas pipeline</source>
        <translation>Ближайший газопровод</translation>
    </message>
    <message>
        <source>Nearest wastewater treatment</source>
        <translation>Ближайшие очистные сооружения</translation>
    </message>
    <message>
        <source>Nearest highway</source>
        <translation>Ближайшая автодорога</translation>
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
        <translation>м³/сут</translation>
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
        <translation>Подстанция</translation>
    </message>
    <message>
        <source>Water intake</source>
        <translation>Водозабор</translation>
    </message>
    <message>
        <source>Gas pipeline</source>
        <translation>Газопровод</translation>
    </message>
    <message>
        <source>Wastewater treatment</source>
        <translation>Очистные сооружения</translation>
    </message>
    <message>
        <source>Highway</source>
        <translation>Автодорога</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Проектирование</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Строительство</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Реконструкция</translation>
    </message>
</context>
<context>
    <name>sez::GoToDialog</name>
    <message>
        <source>Go to a place</source>
        <translation>Перейти к месту</translation>
    </message>
    <message>
        <source>Longitude and latitude (WGS 84)</source>
        <translation>Долгота и широта (WGS 84)</translation>
    </message>
    <message>
        <source>Map coordinates: %1 (EPSG:%2)</source>
        <translation>Координаты карты: %1 (EPSG:%2)</translation>
    </message>
    <message>
        <source>the map&apos;s CRS</source>
        <translation>система координат карты</translation>
    </message>
    <message>
        <source>Pulkovo 1942, Gauss-Krüger (the zone from the easting)</source>
        <translation>Пулково 1942, Гаусс-Крюгер (зона по ординате Y)</translation>
    </message>
    <message>
        <source>or paste a copied view: 77.05120,43.79230,25000</source>
        <translation>или вставьте скопированный вид: 77.05120,43.79230,25000</translation>
    </message>
    <message>
        <source>Coordinates in</source>
        <translation>Координаты в</translation>
    </message>
    <message>
        <source>Scale 1:</source>
        <translation>Масштаб 1:</translation>
    </message>
    <message>
        <source>Copied view</source>
        <translation>Скопированный вид</translation>
    </message>
    <message>
        <source>Longitude (east)</source>
        <translation>Долгота (восточная)</translation>
    </message>
    <message>
        <source>Latitude (north)</source>
        <translation>Широта (северная)</translation>
    </message>
    <message>
        <source>77.0512 or 77°03&apos;04&quot;</source>
        <translation>77,0512 или 77°03&apos;04&quot;</translation>
    </message>
    <message>
        <source>43.7923 or 43°47&apos;32&quot;</source>
        <translation>43,7923 или 43°47&apos;32&quot;</translation>
    </message>
    <message>
        <source>Easting (Y)</source>
        <translation>Ордината (Y, восток)</translation>
    </message>
    <message>
        <source>Northing (X)</source>
        <translation>Абсцисса (X, север)</translation>
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
        <translation>«%1» — не вид: нужно долгота,широта,масштаб, например 77.05120,43.79230,25000.</translation>
    </message>
    <message>
        <source>The view&apos;s place cannot be shown on this map.</source>
        <translation>Место этого вида нельзя показать на этой карте.</translation>
    </message>
    <message>
        <source>Write the longitude and latitude in degrees, e.g. 77.0512 and 43.7923, or 77°03&apos;04&quot; and 43°47&apos;32&quot;.</source>
        <translation>Введите долготу и широту в градусах, например 77,0512 и 43,7923 или 77°03&apos;04&quot; и 43°47&apos;32&quot;.</translation>
    </message>
    <message>
        <source>Write the easting and northing in metres, e.g. 504 230,50 and 4 849 870,25.</source>
        <translation>Введите ординату и абсциссу в метрах, например 504 230,50 и 4 849 870,25.</translation>
    </message>
    <message>
        <source>A Gauss-Krüger easting starts with its zone number (13 for the SEZ): 13 504 230, not 504 230.</source>
        <translation>Ордината Гаусса-Крюгера начинается с номера зоны (13 для СЭЗ): 13 504 230, а не 504 230.</translation>
    </message>
    <message>
        <source>These coordinates cannot be shown on this map.</source>
        <translation>Эти координаты нельзя показать на этой карте.</translation>
    </message>
    <message>
        <source>The scale is a number from 100 to 100,000,000.</source>
        <translation>Масштаб — число от 100 до 100 000 000.</translation>
    </message>
</context>
<context>
    <name>sez::HelpDialog</name>
    <message>
        <source>Query language guide</source>
        <translation>Справка по языку запросов</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Клавиши со стрелками</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Сдвинуть карту</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Приблизить или отдалить</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Zoom to the whole SEZ</source>
        <translation>Показать всю СЭЗ</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear a measurement or a sketch</source>
        <translation>Убрать измерение или набросок</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Колесо мыши</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Приблизить или отдалить у курсора</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+перетаскивание</translation>
    </message>
    <message>
        <source>Zoom to a box</source>
        <translation>Приблизить к рамке</translation>
    </message>
    <message>
        <source>Ctrl+drag</source>
        <translation>Ctrl+перетаскивание</translation>
    </message>
    <message>
        <source>Select the parcels in a box</source>
        <translation>Выбрать участки в рамке</translation>
    </message>
    <message>
        <source>Shift+click, Ctrl+click</source>
        <translation>Shift+щелчок, Ctrl+щелчок</translation>
    </message>
    <message>
        <source>Add a parcel to the selection, or take it out</source>
        <translation>Добавить участок к выбору или убрать из него</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Пробел</translation>
    </message>
    <message>
        <source>In a query box: the fields and values that fit</source>
        <translation>В поле запроса: подходящие поля и значения</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Map and query boxes</source>
        <translation>Карта и поля запросов</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>sez::HistoryView</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Reason for the undo, e.g. decision No. 130 revoked</source>
        <translation>Основание отмены, например: решение № 130 отменено</translation>
    </message>
    <message>
        <source>Records a new change that sets the selected change&apos;s fields back; the history keeps both.</source>
        <translation>Записывает новое изменение, возвращающее поля выбранного изменения; в истории остаются оба.</translation>
    </message>
    <message>
        <source>The register has no changes of this parcel: its values are the source&apos;s.</source>
        <translation>В реестре нет изменений этого участка: его значения — из исходных данных.</translation>
    </message>
    <message>
        <source>(undoes No. %1)</source>
        <translation>(отменяет № %1)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Say why the change is undone: the akimat&apos;s decision number and date.</source>
        <translation>Укажите основание отмены: номер и дату решения акимата.</translation>
    </message>
</context>
<context>
    <name>sez::HumanLabels</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
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
            <numerusform>%Ln участок</numerusform>
            <numerusform>%Ln участка</numerusform>
            <numerusform>%Ln участков</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Проектирование</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Строительство</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Реконструкция</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>Действует</translation>
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
        <translation>вычисляется…</translation>
    </message>
</context>
<context>
    <name>sez::ImageryDialog</name>
    <message>
        <source>Add imagery</source>
        <translation>Добавить снимки</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>An orthophoto or other georeferenced image: GeoTIFF, a VRT mosaic, JPEG2000, MBTiles or GeoPackage. It is drawn under the parcels in the map&apos;s coordinate system and remembered for this dataset.</source>
        <translation>Ортофотоплан или другое изображение с географической привязкой: GeoTIFF, мозаика VRT, JPEG2000, MBTiles или GeoPackage. Оно рисуется под участками в системе координат карты и запоминается для этого набора данных.</translation>
    </message>
    <message>
        <source>© the tiles&apos; provider</source>
        <translation>© поставщик тайлов</translation>
    </message>
    <message>
        <source>Tile address:</source>
        <translation>Адрес тайлов:</translation>
    </message>
    <message>
        <source>Credit on the map:</source>
        <translation>Источник на карте:</translation>
    </message>
    <message>
        <source>An XYZ or WMTS address of Web Mercator tiles with {z}, {x} and {y} (or {TileMatrix}, {TileCol} and {TileRow}), e.g. your organisation&apos;s tile server. Tiles are fetched from this address only, while you look at the map, and kept in %1 (up to 512 MB), so an area seen once is shown offline later. Nothing is fetched until you give an address.</source>
        <translation>Адрес XYZ или WMTS тайлов Web Mercator с {z}, {x} и {y} (или {TileMatrix}, {TileCol} и {TileRow}), например тайл-сервер вашей организации. Тайлы загружаются только с этого адреса и только пока вы смотрите на карту, и хранятся в %1 (до 512 МБ), так что однажды просмотренная местность потом показывается и без сети. Пока адрес не указан, ничего не загружается.</translation>
    </message>
    <message>
        <source>Raster file</source>
        <translation>Растровый файл</translation>
    </message>
    <message>
        <source>Tile basemap</source>
        <translation>Подложка из тайлов</translation>
    </message>
    <message>
        <source>Add a raster file</source>
        <translation>Добавить растровый файл</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.vrt *.jp2 *.mbtiles *.gpkg *.img *.ecw *.png *.jpg);;All files (*)</source>
        <translation>Растры (*.tif *.tiff *.vrt *.jp2 *.mbtiles *.gpkg *.img *.ecw *.png *.jpg);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>sez::ImageryLayerControls</name>
    <message>
        <source>Build overviews…</source>
        <translation>Построить обзорные уровни…</translation>
    </message>
    <message>
        <source>The file is large and has no overviews, so it is slow to draw zoomed out. Overviews are written to a new file beside it (.ovr); the file itself is not changed.</source>
        <translation>Файл большой и без обзорных уровней, поэтому в мелком масштабе он рисуется медленно. Обзорные уровни записываются в новый файл рядом с ним (.ovr); сам файл не меняется.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Яркость</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
</context>
<context>
    <name>sez::ImageryPanel</name>
    <message>
        <source>No imagery. Add an orthophoto or a tile basemap to see the parcels against the ground; nothing is fetched from the network until you add a basemap.</source>
        <translation>Снимков нет. Добавьте ортофотоплан или подложку из тайлов, чтобы видеть участки на местности; пока подложка не добавлена, из сети ничего не загружается.</translation>
    </message>
    <message>
        <source>Add imagery…</source>
        <translation>Добавить снимки…</translation>
    </message>
    <message>
        <source>Building the overviews of %1…</source>
        <translation>Построение обзорных уровней %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Overviews</source>
        <translation>Обзорные уровни</translation>
    </message>
    <message>
        <source>Show, fade, brighten or remove each layer under its row in the Layers panel.</source>
        <translation>Показать, приглушить, сделать ярче или убрать каждый слой можно под его строкой на панели «Слои».</translation>
    </message>
</context>
<context>
    <name>sez::ImagerySource</name>
    <message>
        <source>%1–%2° E, %3–%4° N</source>
        <translation>%1–%2° в. д., %3–%4° с. ш.</translation>
    </message>
    <message>
        <source>%1 does not overlap the map: it covers %2, the map %3. Check its coordinate system</source>
        <translation>%1 не пересекается с картой: он покрывает %2, а карта — %3. Проверьте его систему координат</translation>
    </message>
</context>
<context>
    <name>sez::LayerPanel</name>
    <message>
        <source>Parcel outlines</source>
        <translation>Границы участков</translation>
    </message>
    <message>
        <source>By zone</source>
        <translation>По зонам</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>По статусам</translation>
    </message>
    <message>
        <source>By investor</source>
        <translation>По инвесторам</translation>
    </message>
    <message>
        <source>Colour parcels</source>
        <translation>Раскраска участков</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Tick to show the layer; the slider sets its opacity</source>
        <translation>Флажок показывает слой; ползунок задаёт его непрозрачность</translation>
    </message>
    <message>
        <source>Opacity of “%1”</source>
        <translation>Непрозрачность слоя «%1»</translation>
    </message>
</context>
<context>
    <name>sez::LayerReader</name>
    <message>
        <source>%1: no such file; check the path in the dataset manifest</source>
        <translation>%1: файл не найден; проверьте путь в манифесте набора данных</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (permission denied)</source>
        <translation>%1: файл не удаётся прочитать (нет доступа)</translation>
    </message>
    <message>
        <source>%1: the .shx index is missing and no temporary directory is writable to rebuild it; restore the .shx beside the .shp</source>
        <translation>%1: нет индекса .shx, а временной папки с правом записи, чтобы восстановить его, нет; верните .shx рядом с .shp</translation>
    </message>
    <message>
        <source>%1: the .shx index is missing; it was rebuilt from the .shp (the original files are unchanged)</source>
        <translation>%1: нет индекса .shx; он восстановлен по .shp (исходные файлы не изменены)</translation>
    </message>
    <message>
        <source>not a readable vector file</source>
        <translation>это не векторный файл, который можно прочитать</translation>
    </message>
    <message>
        <source>%1: the file holds no vector layer</source>
        <translation>%1: в файле нет векторного слоя</translation>
    </message>
    <message>
        <source>%1: there is no layer &apos;%2&apos; in it; check &quot;layer&quot; in the manifest</source>
        <translation>%1: в нём нет слоя «%2»; проверьте &quot;layer&quot; в манифесте</translation>
    </message>
    <message>
        <source>the dataset manifest says %1</source>
        <translation>так указано в манифесте набора данных: %1</translation>
    </message>
    <message>
        <source>%1 stores text as UTF-8</source>
        <translation>%1 хранит текст в UTF-8</translation>
    </message>
    <message>
        <source>.cpg says &apos;%1&apos;</source>
        <translation>в .cpg указано &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the .cpg names &apos;%2&apos;, which is not a known encoding; the encoding is decided otherwise</source>
        <translation>%1: в .cpg указано «%2» — такая кодировка неизвестна; кодировка определена иначе</translation>
    </message>
    <message>
        <source>the DBF language driver byte is %1</source>
        <translation>байт языкового драйвера DBF равен %1</translation>
    </message>
    <message>
        <source>%1: no transformation from %2 to the map CRS EPSG:%3: %4</source>
        <translation>%1: нет преобразования из %2 в систему координат карты EPSG:%3: %4</translation>
    </message>
    <message>
        <source>%1: the coordinate system is unknown (no .prj) and the coordinates fit none the project knows; add the .prj, or set the layer&apos;s CRS</source>
        <translation>%1: система координат неизвестна (нет .prj), и координаты не подходят ни к одной из известных проекту; добавьте .prj или укажите систему координат слоя</translation>
    </message>
    <message>
        <source>%1: no .prj; the coordinates fit EPSG:%2 (%3), which is assumed</source>
        <translation>%1: нет .prj; координаты подходят к EPSG:%2 (%3), она и принята</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: чтение отменено</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 features could not be read (the file is truncated or corrupt); features read whole: %3</source>
        <translation>
            <numerusform>%1: %Ln объект из %2 не удалось прочитать (файл обрезан или повреждён); прочитано целиком: %3</numerusform>
            <numerusform>%1: %Ln объекта из %2 не удалось прочитать (файл обрезан или повреждён); прочитано целиком: %3</numerusform>
            <numerusform>%1: %Ln объектов из %2 не удалось прочитать (файл обрезан или повреждён); прочитано целиком: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 features have no geometry</source>
        <translation>
            <numerusform>%1: у %Ln объекта из %2 нет геометрии</numerusform>
            <numerusform>%1: у %Ln объектов из %2 нет геометрии</numerusform>
            <numerusform>%1: у %Ln объектов из %2 нет геометрии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries have coordinates that are not numbers and were dropped</source>
        <translation>
            <numerusform>%1: %Ln геометрия из %2 содержит нечисловые координаты и отброшена</numerusform>
            <numerusform>%1: %Ln геометрии из %2 содержат нечисловые координаты и отброшены</numerusform>
            <numerusform>%1: %Ln геометрий из %2 содержат нечисловые координаты и отброшены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries had unclosed rings, which were closed</source>
        <translation>
            <numerusform>%1: %Ln геометрия из %2 имела незамкнутые кольца; они замкнуты</numerusform>
            <numerusform>%1: %Ln геометрии из %2 имели незамкнутые кольца; они замкнуты</numerusform>
            <numerusform>%1: %Ln геометрий из %2 имели незамкнутые кольца; они замкнуты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries were invalid (self-intersections and the like) and were repaired</source>
        <translation>
            <numerusform>%1: %Ln геометрия из %2 была некорректной (самопересечения и т. п.) и исправлена</numerusform>
            <numerusform>%1: %Ln геометрии из %2 были некорректными (самопересечения и т. п.) и исправлены</numerusform>
            <numerusform>%1: %Ln геометрий из %2 были некорректными (самопересечения и т. п.) и исправлены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries were invalid and could not be repaired; they were dropped</source>
        <translation>
            <numerusform>%1: %Ln геометрия из %2 некорректна и не поддаётся исправлению; она отброшена</numerusform>
            <numerusform>%1: %Ln геометрии из %2 некорректны и не поддаются исправлению; они отброшены</numerusform>
            <numerusform>%1: %Ln геометрий из %2 некорректны и не поддаются исправлению; они отброшены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries could not be transformed into the map CRS and were dropped</source>
        <translation>
            <numerusform>%1: %Ln геометрию из %2 не удалось перевести в систему координат карты; она отброшена</numerusform>
            <numerusform>%1: %Ln геометрии из %2 не удалось перевести в систему координат карты; они отброшены</numerusform>
            <numerusform>%1: %Ln геометрий из %2 не удалось перевести в систему координат карты; они отброшены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: text values with bytes that are not valid %2, shown as �: %Ln</source>
        <translation>
            <numerusform>%1: текстовых значений с байтами, недопустимыми в %2 (показаны как �): %Ln</numerusform>
            <numerusform>%1: текстовых значений с байтами, недопустимыми в %2 (показаны как �): %Ln</numerusform>
            <numerusform>%1: текстовых значений с байтами, недопустимыми в %2 (показаны как �): %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: GDAL reported: %2</source>
        <translation>%1: сообщение GDAL: %2</translation>
    </message>
    <message>
        <source>%1: the file %2 is missing; the layer cannot be read without it. Restore it beside %3</source>
        <translation>%1: нет файла %2; без него слой не прочитать. Верните его рядом с %3</translation>
    </message>
    <message>
        <source>%1: the header is damaged: %2; its columns cannot be read apart. Restore the file from a copy</source>
        <translation>%1: заголовок повреждён: %2; столбцы невозможно разделить. Восстановите файл из копии</translation>
    </message>
    <message numerus="yes">
        <source>%1: the header promises %2 records but the file holds %Ln whole</source>
        <translation>
            <numerusform>%1: заголовок обещает %2 записей, но в файле целиком только %Ln запись</numerusform>
            <numerusform>%1: заголовок обещает %2 записей, но в файле целиком только %Ln записи</numerusform>
            <numerusform>%1: заголовок обещает %2 записей, но в файле целиком только %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the .prj cannot be read (it is not a coordinate system GDAL understands) and the coordinates fit none the project knows; replace the .prj</source>
        <translation>%1: файл .prj не читается (GDAL не распознаёт в нём систему координат), а координаты не подходят ни к одной известной проекту; замените .prj</translation>
    </message>
    <message>
        <source>%1: the .prj cannot be read (it is not a coordinate system GDAL understands); the coordinates fit EPSG:%2 (%3), which is assumed</source>
        <translation>%1: файл .prj не читается (GDAL не распознаёт в нём систему координат); координаты подходят к EPSG:%2 (%3), она и принята</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries were too complex to repair in the time allowed; they were dropped</source>
        <translation>
            <numerusform>%1: %Ln геометрия из %2 слишком сложна для исправления за отведённое время; она отброшена</numerusform>
            <numerusform>%1: %Ln геометрии из %2 слишком сложны для исправления за отведённое время; они отброшены</numerusform>
            <numerusform>%1: %Ln геометрий из %2 слишком сложны для исправления за отведённое время; они отброшены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 geometries have coordinates far outside what the layer&apos;s coordinate system covers; they were dropped</source>
        <translation>
            <numerusform>%1: у %Ln геометрии из %2 координаты далеко за пределами области системы координат слоя; она отброшена</numerusform>
            <numerusform>%1: у %Ln геометрий из %2 координаты далеко за пределами области системы координат слоя; они отброшены</numerusform>
            <numerusform>%1: у %Ln геометрий из %2 координаты далеко за пределами области системы координат слоя; они отброшены</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the archive holds no %2, or it is not a readable .zip</source>
        <translation>%1: в архиве нет %2, или это не читаемый .zip</translation>
    </message>
    <message>
        <source>the MapInfo header says charset &apos;%1&apos;</source>
        <translation>заголовок MapInfo указывает кодировку «%1»</translation>
    </message>
    <message>
        <source>the drawing is of AutoCAD version %1, which writes UTF-8</source>
        <translation>чертёж версии AutoCAD %1, которая пишет в UTF-8</translation>
    </message>
    <message>
        <source>the drawing&apos;s header says code page &apos;%1&apos;</source>
        <translation>заголовок чертежа указывает кодовую страницу «%1»</translation>
    </message>
    <message>
        <source>%1: the file declares %2, but its text is %3 (%4); it is read as %3</source>
        <translation>%1: файл объявляет %2, но его текст в %3 (%4); он прочитан как %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: values that are not in the manifest&apos;s value map and match no code, kept as they are: %Ln</source>
        <translation>
            <numerusform>%1: значения, которых нет в словаре значений манифеста и которые не совпали ни с одним кодом, сохранены как есть: %Ln</numerusform>
            <numerusform>%1: значения, которых нет в словаре значений манифеста и которые не совпали ни с одним кодом, сохранены как есть: %Ln</numerusform>
            <numerusform>%1: значения, которых нет в словаре значений манифеста и которые не совпали ни с одним кодом, сохранены как есть: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2. Check that it is a whole Shapefile (.shp with its .dbf), MapInfo table (.tab with its .dat, .map and .id, or .mif with its .mid), GeoPackage, GeoJSON, KML/KMZ, DXF or FlatGeobuf file</source>
        <translation>%1: не открывается: %2. Проверьте, что это целый файл Shapefile (.shp вместе с .dbf), таблица MapInfo (.tab с .dat, .map и .id или .mif с .mid), GeoPackage, GeoJSON, KML/KMZ, DXF или FlatGeobuf</translation>
    </message>
    <message>
        <source>%1: the extent of its coordinates (%2..%3 E, %4..%5 N) is not one of longitudes and latitudes; it is not used to choose the map CRS</source>
        <translation>%1: охват его координат (%2..%3 в. д., %4..%5 с. ш.) не может быть охватом долгот и широт; он не используется для выбора СК карты</translation>
    </message>
    <message>
        <source>%1: the file&apos;s coordinate system cannot be used and the coordinates fit none the project knows; correct the coordinate system in the file, or set the layer&apos;s CRS</source>
        <translation>%1: систему координат файла нельзя использовать, и координаты не подходят ни к одной из известных проекту; исправьте систему координат в файле или укажите систему координат слоя</translation>
    </message>
    <message>
        <source>%1: the file&apos;s coordinate system cannot be used; the coordinates fit EPSG:%2 (%3), which is assumed</source>
        <translation>%1: систему координат файла нельзя использовать; координаты подходят к EPSG:%2 (%3), она и принята</translation>
    </message>
</context>
<context>
    <name>sez::MainWindow</name>
    <message>
        <source>Reading the dataset…</source>
        <translation>Чтение набора данных…</translation>
    </message>
    <message>
        <source>Computing areas and distances…</source>
        <translation>Вычисление площадей и расстояний…</translation>
    </message>
    <message>
        <source>Writing the cache…</source>
        <translation>Запись кэша…</translation>
    </message>
    <message>
        <source>Find sites</source>
        <translation>Найти участки</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Атрибутивная таблица</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>&amp;Открыть набор данных…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Export selection to CSV…</source>
        <translation>&amp;Экспорт выбранных в CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom to the whole &amp;SEZ</source>
        <translation>Показать всю С&amp;ЭЗ</translation>
    </message>
    <message>
        <source>Zoom to the se&amp;lection</source>
        <translation>Показать &amp;выбранные</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Clear the selection</source>
        <translation>&amp;Сбросить выбор</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Drag to pan, click a parcel to see its card; Shift+drag zooms, Ctrl+drag selects</source>
        <translation>Перетаскивание — сдвиг карты, щелчок по участку — его карточка; Shift+перетаскивание — увеличение, Ctrl+перетаскивание — выбор</translation>
    </message>
    <message>
        <source>Zoom box</source>
        <translation>Увеличить рамкой</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it</source>
        <translation>Обведите рамкой область, чтобы увеличить её</translation>
    </message>
    <message>
        <source>Select box</source>
        <translation>Выбрать рамкой</translation>
    </message>
    <message>
        <source>Drag a box to select the parcels in it</source>
        <translation>Обведите рамкой участки, чтобы выбрать их</translation>
    </message>
    <message>
        <source>Select lasso</source>
        <translation>Выбрать лассо</translation>
    </message>
    <message>
        <source>Click the corners of an area, double-click to select the parcels in it</source>
        <translation>Щёлкните по углам области, двойной щелчок — выбрать участки внутри неё</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>Измерить расстояние</translation>
    </message>
    <message>
        <source>Click points along a line, double-click to finish; Esc clears</source>
        <translation>Щёлкайте по точкам линии, двойной щелчок — завершить; Esc — очистить</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>Измерить площадь</translation>
    </message>
    <message>
        <source>Click the corners of an area, double-click to finish; Esc clears</source>
        <translation>Щёлкните по углам области, двойной щелчок — завершить; Esc — очистить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About sezview</source>
        <translation>&amp;О программе sezview</translation>
    </message>
    <message>
        <source>About sezview</source>
        <translation>О программе sezview</translation>
    </message>
    <message>
        <source>&lt;b&gt;sezview&lt;/b&gt;&lt;br&gt;Land parcels of the Alatau special economic zone.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;sezview&lt;/b&gt;&lt;br&gt;Земельные участки специальной экономической зоны «Алатау».&lt;br&gt;Распространяется по лицензии GNU GPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>Map scale: type a number and press Enter</source>
        <translation>Масштаб карты: введите число и нажмите Enter</translation>
    </message>
    <message>
        <source>Scale 1:</source>
        <translation>Масштаб 1:</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Opening the dataset</source>
        <translation>Открытие набора данных</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Открытие %1 отменено.</translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation>Не удалось открыть набор данных</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Не удалось открыть %1.</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>Загружено: %1</translation>
    </message>
    <message>
        <source> (imported: %1)</source>
        <translation> (импортировано: %1)</translation>
    </message>
    <message>
        <source>; warnings while reading: %1</source>
        <translation>; предупреждений при чтении: %1</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <extracomment>%1: file name patterns</extracomment>
        <translation>Открыть набор данных</translation>
    </message>
    <message>
        <source>Alatau SEZ land parcels — sezview</source>
        <translation>Земельные участки СЭЗ «Алатау» — sezview</translation>
    </message>
    <message>
        <source>%1 — %2 — sezview</source>
        <translation>%1 — %2 — sezview</translation>
    </message>
    <message>
        <source>UTM %1 E %2 N</source>
        <translation>UTM: восток %1, север %2</translation>
    </message>
    <message>
        <source>%1° E, %2° N</source>
        <translation>%1° в. д., %2° с. ш.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>Selected: %1, %2</source>
        <translation>Выбрано: %1, %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Found for “%1”: %2.</source>
        <translation>По запросу «%1» найдено: %2.</translation>
    </message>
    <message>
        <source>Export parcels to CSV</source>
        <translation>Экспорт участков в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель показателей</translation>
    </message>
    <message>
        <source>Export &amp;map image (PNG, SVG)…</source>
        <translation>Экспорт изображения &amp;карты (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Создание отчёта…</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Изображения PNG (*.png);;Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>Resolution, dots per inch:</source>
        <translation>Разрешение, точек на дюйм:</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Экспорт &amp;отчёта…</translation>
    </message>
    <message>
        <source>Export the parcel&apos;s extract</source>
        <translation>Экспорт выписки об участке</translation>
    </message>
    <message>
        <source>Warnings while reading</source>
        <translation>Предупреждения при чтении</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while reading %1:</source>
        <translation>
            <numerusform>%n предупреждение при чтении %1:</numerusform>
            <numerusform>%n предупреждения при чтении %1:</numerusform>
            <numerusform>%n предупреждений при чтении %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Query language guide</source>
        <translation>Справка по &amp;языку запросов</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>Файлы PDF (*.pdf);;Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Open &amp;folder of layers…</source>
        <translation>Открыть &amp;папку слоёв…</translation>
    </message>
    <message>
        <source>The mapping is saved as %1</source>
        <translation>Сопоставление сохранено в %1</translation>
    </message>
    <message>
        <source>Datasets and layer files (%1);;All files (*)</source>
        <translation>Наборы данных и файлы слоёв (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open a folder of layers</source>
        <translation>Открыть папку слоёв</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>&amp;Go to a place…</source>
        <translation>&amp;Перейти к месту…</translation>
    </message>
    <message>
        <source>Cop&amp;y the view</source>
        <translation>&amp;Копировать вид</translation>
    </message>
    <message>
        <source>Copied: %1. Another user opens the same view with it, or pastes it into Go to a place.</source>
        <translation>Скопировано: %1. Другой пользователь откроет с этим тот же вид или вставит его в «Перейти к месту».</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>&amp;Add a bookmark of this view…</source>
        <translation>&amp;Добавить закладку на этот вид…</translation>
    </message>
    <message>
        <source>Add a bookmark</source>
        <translation>Добавить закладку</translation>
    </message>
    <message>
        <source>Name of the bookmark:</source>
        <translation>Название закладки:</translation>
    </message>
    <message>
        <source>&amp;Delete a bookmark</source>
        <translation>&amp;Удалить закладку</translation>
    </message>
    <message>
        <source>Start in %1 every time</source>
        <translation>Всегда запускать на языке: %1</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>вид карты</translation>
    </message>
    <message>
        <source>the colours and layers</source>
        <translation>цвета и слои</translation>
    </message>
    <message>
        <source>the selection (%1)</source>
        <translation>выбранные участки (%1)</translation>
    </message>
    <message>
        <source>the table&apos;s filter</source>
        <translation>фильтр таблицы</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>the card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Language: %1, for this session (View ▸ Language makes it the default). %2</source>
        <translation>Язык: %1, на этот сеанс (Вид ▸ Язык делает его языком по умолчанию). %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начиная с</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>По (включительно)</translation>
    </message>
    <message>
        <source>Export allocation &amp;changes (PDF)…</source>
        <translation>Экспорт изменений в &amp;предоставлении (PDF)…</translation>
    </message>
    <message>
        <source>Show parcels &amp;changed since…</source>
        <translation>Показать участки, изменённые &amp;с…</translation>
    </message>
    <message>
        <source>Allocation &amp;register…</source>
        <translation>&amp;Реестр предоставления…</translation>
    </message>
    <message>
        <source>%1 changed in the register (version %2, by %3).</source>
        <translation>%1 изменён в реестре (версия %2, автор: %3).</translation>
    </message>
    <message>
        <source>%1 changed in the register.</source>
        <translation>%1 изменено в реестре.</translation>
    </message>
    <message>
        <source>Changed in the register since %1: %2.</source>
        <translation>Изменены в реестре с %1: %2.</translation>
    </message>
    <message>
        <source>Allocation register</source>
        <translation>Реестр предоставления</translation>
    </message>
    <message>
        <source>Allocation register: %1</source>
        <translation>Реестр предоставления: %1</translation>
    </message>
    <message>
        <source>Parcels changed since</source>
        <translation>Участки, изменённые с</translation>
    </message>
    <message>
        <source>Allocation changes</source>
        <translation>Изменения в предоставлении</translation>
    </message>
    <message>
        <source>Export allocation changes</source>
        <translation>Экспорт изменений в предоставлении</translation>
    </message>
    <message>
        <source>Imagery</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <source>Add &amp;imagery…</source>
        <translation>Добавить &amp;снимки…</translation>
    </message>
    <message>
        <source>the imagery</source>
        <translation>снимки</translation>
    </message>
    <message>
        <source>Cannot add the imagery</source>
        <translation>Не удалось добавить снимки</translation>
    </message>
    <message>
        <source>Build overviews?</source>
        <translation>Построить обзорные уровни?</translation>
    </message>
    <message>
        <source>%1 is large (%2 × %3 pixels) and has no overviews, so it is slow to draw zoomed out. Build them now? They are written to a new file beside it (.ovr).</source>
        <translation>%1 — большой файл (%2 × %3 пикселей) без обзорных уровней, поэтому в мелком масштабе он рисуется медленно. Построить их сейчас? Они будут записаны в новый файл рядом с ним (.ovr).</translation>
    </message>
    <message>
        <source>Search is being prepared; “%1” is searched as soon as it is ready.</source>
        <translation>Поиск ещё готовится; запрос «%1» будет выполнен, как только поиск будет готов.</translation>
    </message>
    <message>
        <source>Preparing search and the cache file…</source>
        <translation>Готовятся поиск и файл кэша…</translation>
    </message>
    <message>
        <source>Preparing the map…</source>
        <translation>Подготовка карты…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The map is shown. Queries that use computed areas, the city limits, districts or distances run once these are computed; search waits for its index.</source>
        <translation>Карта показана. Запросы по вычисленной площади, границам города, районам или расстояниям выполнятся, как только они будут вычислены; поиск ждёт своего индекса.</translation>
    </message>
    <message>
        <source>Search runs once its index is written.</source>
        <translation>Поиск заработает, как только будет записан его индекс.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Preparing the table, search and figures…</source>
        <translation>Подготовка таблицы, поиска и показателей…</translation>
    </message>
</context>
<context>
    <name>sez::MapCanvas</name>
    <message>
        <source>No dataset open</source>
        <translation>Набор данных не открыт</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Расстояние: %1</translation>
    </message>
    <message>
        <source>Area: %1, perimeter %2</source>
        <translation>Площадь: %1, периметр %2</translation>
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
        <translation>слой %1 в системе %2 (EPSG:%3)</translation>
    </message>
    <message>
        <source>the data has no coordinates to choose from; WGS 84 / UTM zone 43N is used</source>
        <translation>в данных нет координат для выбора; используется WGS 84 / UTM зона 43N</translation>
    </message>
    <message>
        <source>the data spans %1° of longitude, too wide for one UTM zone: Web Mercator (EPSG:3857)</source>
        <translation>данные охватывают %1° долготы, это слишком много для одной зоны UTM: Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <source>no layer is in a projected CRS; the UTM zone of the data&apos;s centre (%1° E, %2° N): EPSG:%3</source>
        <translation>ни один слой не в проекции; зона UTM центра данных (%1° в. д., %2° с. ш.): EPSG:%3</translation>
    </message>
    <message>
        <source>the extent of %1 is not one of longitudes and latitudes; WGS 84 / UTM zone 43N is used</source>
        <translation>охват %1 не может быть охватом долгот и широт; используется WGS 84 / UTM зона 43N</translation>
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
        <translation>Подложка: %1</translation>
    </message>
    <message>
        <source>%1 (the dataset&apos;s)</source>
        <translation>%1 (из набора данных)</translation>
    </message>
    <message>
        <source>Imagery: %1</source>
        <translation>Снимок: %1</translation>
    </message>
    <message>
        <source>The basemap %1 cannot be reached; the map shows the tiles seen before (%2)</source>
        <translation>Подложка %1 недоступна; на карте показаны тайлы, просмотренные ранее (%2)</translation>
    </message>
</context>
<context>
    <name>sez::MapLayers</name>
    <message>
        <source>SEZ inside and outside the city</source>
        <translation>СЭЗ в черте и за чертой города</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Query result and selection</source>
        <translation>Результат запроса и выделение</translation>
    </message>
    <message>
        <source>Hatching outside the city</source>
        <translation>Штриховка за чертой города</translation>
    </message>
    <message>
        <source>City limits</source>
        <translation>Черта города</translation>
    </message>
    <message>
        <source>Distance conditions of the query</source>
        <translation>Условия расстояния в запросе</translation>
    </message>
    <message>
        <source>Zone names</source>
        <translation>Названия зон</translation>
    </message>
    <message>
        <source>District names</source>
        <translation>Названия районов</translation>
    </message>
    <message>
        <source>Cadastral numbers</source>
        <translation>Кадастровые номера</translation>
    </message>
    <message>
        <source>Nearest infrastructure</source>
        <translation>Ближайшая инфраструктура</translation>
    </message>
</context>
<context>
    <name>sez::MapStyle</name>
    <message>
        <source>Other investors</source>
        <translation>Прочие инвесторы</translation>
    </message>
    <message>
        <source>SEZ inside the city</source>
        <translation>СЭЗ в черте города</translation>
    </message>
    <message>
        <source>SEZ outside the city (hatched)</source>
        <translation>СЭЗ за чертой города (штриховка)</translation>
    </message>
    <message>
        <source>City limits (dashed)</source>
        <translation>Граница города (пунктир)</translation>
    </message>
    <message>
        <source>District boundaries</source>
        <translation>Границы районов</translation>
    </message>
    <message>
        <source>Other layer: %1</source>
        <extracomment>A layer of the user&apos;s data that is none of the SEZ&apos;s own layers, e.g. &quot;Other layer: roads&quot;.</extracomment>
        <translation>Прочий слой: %1</translation>
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
        <translation>полигоны</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>линии</translation>
    </message>
    <message>
        <source>points</source>
        <translation>точки</translation>
    </message>
    <message>
        <source>mixed geometry</source>
        <translation>смешанная геометрия</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>без геометрии</translation>
    </message>
    <message>
        <source>What the data holds</source>
        <translation>Что содержат данные</translation>
    </message>
    <message>
        <source>%1 has no manifest, so sezview guessed what each layer and column holds. Check the guesses (the least sure first), correct what is wrong and confirm: the mapping is saved with the data and not asked again.
Map coordinate system: EPSG:%2 (%3).</source>
        <translation>У %1 нет манифеста, поэтому sezview угадал, что содержит каждый слой и столбец. Проверьте догадки (сначала наименее уверенные), исправьте неверное и подтвердите: сопоставление сохранится вместе с данными, и вопрос больше не возникнет.
Система координат карты: EPSG:%2 (%3).</translation>
    </message>
    <message>
        <source>Layer or field</source>
        <translation>Слой или поле</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Confirm and open</source>
        <translation>Подтвердить и открыть</translation>
    </message>
    <message>
        <source>%1, %2 features</source>
        <translation>%1, объектов: %2</translation>
    </message>
    <message>
        <source>(&quot;%1&quot; is a category of its own)</source>
        <extracomment>a category value matched to no known code: it is kept as a category of its own</extracomment>
        <translation>(«%1» — отдельная категория)</translation>
    </message>
    <message>
        <source>in %1, converted: %2</source>
        <extracomment>%1: the unit the column&apos;s values are in (&quot;m2&quot;), converted as they are read</extracomment>
        <translation>в %1, пересчитано: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>sez::MappingGuess</name>
    <message>
        <source>the column&apos;s name %1 begins like a well-known name of this field</source>
        <translation>имя столбца %1 начинается как известное имя этого поля</translation>
    </message>
    <message>
        <source>the column&apos;s name %1 is a well-known name of this field</source>
        <translation>имя столбца %1 — известное имя этого поля</translation>
    </message>
    <message>
        <source>%1 % of its values are the computed area in %2</source>
        <translation>%1 % его значений равны вычисленной площади в %2</translation>
    </message>
    <message>
        <source>%1 % of its values look like cadastral numbers</source>
        <translation>%1 % его значений похожи на кадастровые номера</translation>
    </message>
    <message>
        <source>%1 % of its values match the field&apos;s codes</source>
        <translation>%1 % его значений совпадают с кодами поля</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>SEZ boundary</source>
        <translation>Граница СЭЗ</translation>
    </message>
    <message>
        <source>City limits</source>
        <translation>Городская черта</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <source>Other layer</source>
        <translation>Прочий слой</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Part of the SEZ</source>
        <translation>Часть СЭЗ</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Вид объекта</translation>
    </message>
    <message>
        <source>Planned year</source>
        <translation>Плановый год</translation>
    </message>
    <message>
        <source>%1: recognising the data was cancelled</source>
        <translation>%1: распознавание данных отменено</translation>
    </message>
    <message>
        <source>the polygon layer with the most features and a column of cadastral numbers (%1)</source>
        <translation>полигональный слой с наибольшим числом объектов и столбцом кадастровых номеров (%1)</translation>
    </message>
    <message>
        <source>its name says parcels; no column of cadastral numbers was found</source>
        <translation>имя говорит, что это участки; столбец кадастровых номеров не найден</translation>
    </message>
    <message>
        <source>the largest polygon layer; no column of cadastral numbers was found</source>
        <translation>самый большой полигональный слой; столбец кадастровых номеров не найден</translation>
    </message>
    <message>
        <source>its name %1 says so</source>
        <translation>так говорит его имя %1</translation>
    </message>
    <message>
        <source>%1 % of the values of one of its columns are zones</source>
        <translation>%1 % значений одного из его столбцов — зоны</translation>
    </message>
    <message>
        <source>%1 % of the values of one of its columns are kinds of infrastructure</source>
        <translation>%1 % значений одного из его столбцов — виды инфраструктуры</translation>
    </message>
    <message>
        <source>its name %1 names a kind of infrastructure</source>
        <translation>его имя %1 называет вид инфраструктуры</translation>
    </message>
    <message>
        <source>neither its name nor its columns say what it is: drawn, listed in the legend and left out of the statistics</source>
        <translation>ни имя, ни столбцы не говорят, что это: слой рисуется, показан в легенде и не входит в статистику</translation>
    </message>
    <message>
        <source>its values are all different texts</source>
        <translation>все его значения — разные тексты</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>задано вручную</translation>
    </message>
    <message>
        <source>%1: the file is there and sezview did not write it; it is left as it is. Choose another name</source>
        <translation>%1: файл уже есть, и его записал не sezview; он оставлен как есть. Выберите другое имя</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: не удаётся создать папку</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Данные: %1</translation>
    </message>
    <message>
        <source>Map CRS: EPSG:%1 (%2)</source>
        <translation>СК карты: EPSG:%1 (%2)</translation>
    </message>
    <message>
        <source>Layer %1 (%2, %3 features, %4): %5, %6: %7</source>
        <translation>Слой %1 (%2, объектов: %3, %4): %5, %6: %7</translation>
    </message>
    <message>
        <source>  every feature without a kind of its own: %1</source>
        <translation>  все объекты без собственного вида: %1</translation>
    </message>
    <message>
        <source>  %1: no column</source>
        <translation>  %1: нет столбца</translation>
    </message>
    <message>
        <source> (in %1, converted)</source>
        <translation> (в %1, пересчитано)</translation>
    </message>
    <message>
        <source>  %1 &lt;- %2%3, %4: %5</source>
        <translation>  %1 &lt;- %2%3, %4: %5</translation>
    </message>
    <message>
        <source>%1 (a category of its own)</source>
        <translation>%1 (отдельная категория)</translation>
    </message>
    <message>
        <source>    values: %1</source>
        <translation>    значения: %1</translation>
    </message>
    <message>
        <source>    first values: %1</source>
        <translation>    первые значения: %1</translation>
    </message>
    <message>
        <source>  kept under their own names: %1</source>
        <translation>  сохранены под своими именами: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>sez::NearestLinesPainter</name>
    <message>
        <source>Nearest: %1, %2</source>
        <translation>Ближайший: %1, %2</translation>
    </message>
</context>
<context>
    <name>sez::OutputGuard</name>
    <message>
        <source>%1: this is the cache of the open dataset; sezview does not write over it. Choose another output file</source>
        <translation>%1: это кэш открытого набора данных; sezview не записывает поверх него. Выберите другой файл</translation>
    </message>
    <message>
        <source>%1: this is a source file of the open dataset; sezview writes only new files or files it created, and leaves it untouched. Choose another output file</source>
        <translation>%1: это исходный файл открытого набора данных; sezview записывает только новые или созданные им файлы и этот файл не изменит. Выберите другой файл</translation>
    </message>
</context>
<context>
    <name>sez::ParcelCache</name>
    <message>
        <source>the import was cancelled</source>
        <translation>импорт отменён</translation>
    </message>
    <message>
        <source>it is not an SQLite database (%1)</source>
        <translation>это не база данных SQLite (%1)</translation>
    </message>
    <message>
        <source>it is not a sezview cache</source>
        <translation>это не кэш sezview</translation>
    </message>
    <message>
        <source>it is not a sezview cache (%1)</source>
        <translation>это не кэш sezview (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>он повреждён (%1)</translation>
    </message>
    <message>
        <source>it was not written to the end</source>
        <translation>он записан не до конца</translation>
    </message>
    <message>
        <source>it was made by another version of sezview</source>
        <translation>он создан другой версией sezview</translation>
    </message>
    <message>
        <source>it holds no store</source>
        <translation>в нём нет хранилища участков</translation>
    </message>
    <message>
        <source>its directory cannot be created</source>
        <translation>не удаётся создать его папку</translation>
    </message>
    <message>
        <source>the cache %1 could not be written (%2); working from the sources</source>
        <translation>не удалось записать кэш %1 (%2); работа идёт с исходными файлами</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no cache yet</source>
        <translation>кэша ещё нет</translation>
    </message>
    <message>
        <source>the cache %1 could not be used: %2; it is rebuilt from the sources</source>
        <translation>кэш %1 нельзя использовать: %2; он создаётся заново из исходных файлов</translation>
    </message>
    <message>
        <source>%1: this is a source file of the dataset; it cannot be its cache. Give --cache another file</source>
        <translation>%1: это исходный файл набора данных, он не может быть его кэшем. Укажите в --cache другой файл</translation>
    </message>
    <message>
        <source>%1: the cache could not be written: %2</source>
        <translation>%1: не удалось записать кэш: %2</translation>
    </message>
    <message>
        <source>%1: %2; sezview writes only files it created or new files, and leaves this one untouched. Give --cache a new file name, or move the file away</source>
        <translation>%1: %2; sezview записывает только созданные им или новые файлы и этот файл не изменит. Укажите в --cache новое имя файла или переместите этот файл</translation>
    </message>
    <message>
        <source>the cache %1 was made by another version of sezview; it is rebuilt from the sources</source>
        <translation>кэш %1 создан другой версией sezview; он создаётся заново из исходных файлов</translation>
    </message>
    <message>
        <source>the length of its parcel snapshot is missing or impossible</source>
        <translation>длина его снимка участков не записана или невозможна</translation>
    </message>
    <message>
        <source>chunk %1 of %2 of its parcel snapshot is missing</source>
        <translation>в его снимке участков нет части %1 из %2</translation>
    </message>
    <message>
        <source>its parcel snapshot has a chunk too many (%1 of %2)</source>
        <translation>в его снимке участков лишняя часть (%1 из %2)</translation>
    </message>
    <message>
        <source>chunk %1 of %2 of its parcel snapshot has %3 bytes, not %4</source>
        <translation>часть %1 из %2 его снимка участков занимает %3 байт, а не %4</translation>
    </message>
    <message>
        <source>the parcel snapshot could not be written</source>
        <translation>снимок участков не удалось записать</translation>
    </message>
</context>
<context>
    <name>sez::ParcelCard</name>
    <message>
        <source>Copy as text</source>
        <translation>Копировать как текст</translation>
    </message>
    <message>
        <source>Click a parcel on the map to see its card.</source>
        <translation>Щёлкните по участку на карте, чтобы открыть его карточку.</translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation>Участок %1</translation>
    </message>
    <message>
        <source>differs from the official area by %1 %</source>
        <translation>отличается от официальной на %1 %</translation>
    </message>
    <message>
        <source>Centre (lon, lat)</source>
        <translation>Центр (долгота, широта)</translation>
    </message>
    <message>
        <source>Centre (EPSG:%1)</source>
        <translation>Центр (EPSG:%1)</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Выписка…</translation>
    </message>
    <message>
        <source>The parcel&apos;s extract as a PDF: plan, boundary points, neighbours, attributes</source>
        <translation>Выписка об участке в PDF: план, поворотные точки, смежные участки, сведения</translation>
    </message>
    <message>
        <source>Nearest infrastructure on the map</source>
        <translation>Ближайшая инфраструктура на карте</translation>
    </message>
    <message>
        <source>Edit allocation…</source>
        <translation>Изменить предоставление…</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>register, v. %1</source>
        <translation>реестр, в. %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>исходные данные</translation>
    </message>
    <message>
        <source>The allocation register is being read…</source>
        <translation>Реестр предоставления читается…</translation>
    </message>
</context>
<context>
    <name>sez::ParcelColumn</name>
    <message>
        <source>a text column holds more than 4 GiB of text</source>
        <translation>в текстовом столбце больше 4 ГиБ текста</translation>
    </message>
</context>
<context>
    <name>sez::ParcelExtract</name>
    <message>
        <source>unknown cadastral number &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>неизвестный кадастровый номер &apos;%1&apos; — может быть, &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>unknown cadastral number &apos;%1&apos;</source>
        <translation>неизвестный кадастровый номер &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no parcel %1</source>
        <translation>нет участка %1</translation>
    </message>
    <message>
        <source>the map&apos;s coordinate system EPSG:%1 cannot be converted to WGS 84: %2</source>
        <translation>систему координат карты EPSG:%1 нельзя пересчитать в WGS 84: %2</translation>
    </message>
    <message>
        <source>parcel %1 has no boundary</source>
        <translation>у участка %1 нет границы</translation>
    </message>
    <message>
        <source>no Pulkovo 1942 Gauss-Kruger zone covers longitude %1</source>
        <translation>долгота %1 не входит ни в одну зону Гаусса — Крюгера системы Пулково 1942</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a coordinate reference system PROJ knows</source>
        <translation>PROJ не знает системы координат EPSG:%1</translation>
    </message>
    <message>
        <source>coordinates cannot be converted to EPSG:%1: %2</source>
        <translation>координаты нельзя пересчитать в EPSG:%1: %2</translation>
    </message>
    <message>
        <source>Parcel extract %1</source>
        <translation>Выписка о земельном участке %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>не удалось начать создание PDF</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 га</translation>
    </message>
    <message>
        <source>%1–%2 (the whole ring)</source>
        <translation>%1–%2 (весь контур)</translation>
    </message>
    <message>
        <source>Part %1, outer boundary: points %2–%3</source>
        <translation>Часть %1, внешняя граница: точки %2–%3</translation>
    </message>
    <message>
        <source>Part %1, hole %2: points %3–%4</source>
        <translation>Часть %1, внутренняя граница %2: точки %3–%4</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>По состоянию на %1</translation>
    </message>
    <message>
        <source>Parcel extract</source>
        <translation>Выписка о земельном участке</translation>
    </message>
    <message>
        <source>Cadastral number %1</source>
        <translation>Кадастровый номер %1</translation>
    </message>
    <message>
        <source>Plan of the parcel</source>
        <translation>План земельного участка</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Масштаб 1:%1</translation>
    </message>
    <message>
        <source>the parcel</source>
        <translation>участок</translation>
    </message>
    <message>
        <source>neighbouring parcel, its cadastral number</source>
        <translation>смежный участок и его кадастровый номер</translation>
    </message>
    <message>
        <source>boundary point, its number</source>
        <translation>поворотная точка и её номер</translation>
    </message>
    <message>
        <source>side length, m</source>
        <translation>длина линии, м</translation>
    </message>
    <message>
        <source>The parcel</source>
        <translation>Сведения об участке</translation>
    </message>
    <message>
        <source>City of Alatau</source>
        <translation>Город Алатау</translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation>в черте города</translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation>за чертой города</translation>
    </message>
    <message>
        <source>Official area</source>
        <translation>Официальная площадь</translation>
    </message>
    <message>
        <source>Computed area (ellipsoidal, WGS 84)</source>
        <translation>Вычисленная площадь (на эллипсоиде WGS 84)</translation>
    </message>
    <message>
        <source>differs by more than 1 %</source>
        <translation>расхождение больше 1 %</translation>
    </message>
    <message>
        <source>Computed minus official area</source>
        <translation>Разница (вычисленная − официальная)</translation>
    </message>
    <message>
        <source>Area from the catalogue&apos;s coordinates</source>
        <translation>Площадь по координатам каталога</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Граница</translation>
    </message>
    <message>
        <source>points: %1, rings: %2, perimeter: %3 m</source>
        <translation>точек: %1, контуров: %2, периметр: %3 м</translation>
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
        <translation>X (север)</translation>
    </message>
    <message>
        <source>Y (east)</source>
        <translation>Y (восток)</translation>
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
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>WGS 84, degrees</source>
        <translation>WGS 84, градусы</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Length, m</source>
        <translation>Длина, м</translation>
    </message>
    <message>
        <source>Direction angle</source>
        <translation>Дирекционный угол</translation>
    </message>
    <message>
        <source>Catalogue of boundary point coordinates</source>
        <translation>Каталог координат поворотных точек границы</translation>
    </message>
    <message>
        <source>Coordinates in %1 (EPSG:%2), in %3 (EPSG:%4) and in WGS 84 latitude and longitude.</source>
        <translation>Координаты в системах %1 (EPSG:%2), %3 (EPSG:%4) и в WGS 84 (широта и долгота).</translation>
    </message>
    <message>
        <source>Coordinates in %1 (EPSG:%2) and in WGS 84 latitude and longitude.</source>
        <translation>Координаты в системе %1 (EPSG:%2) и в WGS 84 (широта и долгота).</translation>
    </message>
    <message>
        <source>Area from the catalogue&apos;s coordinates: %1; computed area: %2.</source>
        <translation>Площадь по координатам каталога: %1; вычисленная площадь: %2.</translation>
    </message>
    <message>
        <source>X is the northing and Y the easting, in metres, as in geodetic practice. Points are numbered clockwise from the north-westernmost point of each ring; the numbers run on from ring to ring and each ring closes on its first point. Side lengths and direction angles are measured on the grid of EPSG:%1, direction angles clockwise from grid north. Here 1 m on the grid is %2 m on the ellipsoid, and true north has a direction angle of %3.</source>
        <translation>X — координата на север, Y — на восток, в метрах, как принято в геодезии. Точки пронумерованы по часовой стрелке от самой северо-западной точки каждого контура; нумерация продолжается от контура к контуру, каждый контур замыкается на свою первую точку. Длины линий и дирекционные углы измерены на плоскости EPSG:%1, дирекционные углы — по часовой стрелке от северного направления сетки. Здесь 1 м на плоскости равен %2 м на эллипсоиде, а истинный север имеет дирекционный угол %3.</translation>
    </message>
    <message>
        <source>Both areas are ellipsoidal (WGS 84); the official area is the one on record.</source>
        <translation>Обе площади вычислены на эллипсоиде WGS 84; официальная площадь — площадь по учётным данным.</translation>
    </message>
    <message>
        <source>Neighbouring parcels</source>
        <translation>Смежные земельные участки</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <source>Along the boundary, from point to point</source>
        <translation>По границе, от точки до точки</translation>
    </message>
    <message>
        <source>Common boundary, m</source>
        <translation>Общая граница, м</translation>
    </message>
    <message>
        <source>no parcel in the data</source>
        <translation>нет участка в данных</translation>
    </message>
    <message>
        <source>No parcel of the data shares a boundary with this one.</source>
        <translation>Ни один участок из данных не граничит с этим участком.</translation>
    </message>
    <message>
        <source>A neighbour shares at least %1 m of the boundary within %2 m.</source>
        <translation>Смежным считается участок, граница которого совпадает с границей этого участка на протяжении не менее %1 м с допуском %2 м.</translation>
    </message>
    <message>
        <source>Distance to the nearest infrastructure object</source>
        <translation>Расстояние до ближайшего объекта инфраструктуры</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Source files</source>
        <translation>Исходные файлы</translation>
    </message>
    <message>
        <source>Fingerprint of the source files (SHA-256)</source>
        <translation>Контрольная сумма исходных файлов (SHA-256)</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Подготовлено</translation>
    </message>
    <message>
        <source>with sezview on %1</source>
        <translation>в программе sezview, %1</translation>
    </message>
    <message>
        <source>Issued by (name, position)</source>
        <translation>Выдал (Ф. И. О., должность)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Extract %1 · %2</source>
        <translation>Выписка %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Boundary points too close together to be numbered at this scale: %1; the catalogue lists every point.</source>
        <translation>Точек, слишком близких друг к другу, чтобы пронумеровать их в этом масштабе: %1; в каталоге перечислены все точки.</translation>
    </message>
</context>
<context>
    <name>sez::ParcelQueryContext</name>
    <message>
        <source>unknown zone &apos;%1&apos;</source>
        <translation>неизвестная зона &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown district &apos;%1&apos;</source>
        <translation>неизвестный район &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bbox(%1, %2, %3, %4) is not a box of longitudes and latitudes</source>
        <translation>bbox(%1, %2, %3, %4) — это не прямоугольник из долгот и широт</translation>
    </message>
    <message>
        <source>wkt(&apos;%1&apos;) is not valid WKT; write e.g. wkt(&apos;POLYGON((77 43.7, 77.1 43.7, 77.1 43.8, 77 43.7))&apos;)</source>
        <translation>wkt(&apos;%1&apos;) — некорректный WKT; пишите, например, wkt(&apos;POLYGON((77 43.7, 77.1 43.7, 77.1 43.8, 77 43.7))&apos;)</translation>
    </message>
    <message>
        <source>matches() needs the full-text index of the cache</source>
        <translation>для matches() нужен полнотекстовый индекс кэша</translation>
    </message>
    <message>
        <source>the full-text index cannot be read: %1</source>
        <translation>не удаётся прочитать полнотекстовый индекс: %1</translation>
    </message>
</context>
<context>
    <name>sez::ParcelStatistics</name>
    <message>
        <source>parcels</source>
        <translation>участков</translation>
    </message>
    <message>
        <source>official ha</source>
        <translation>офиц. га</translation>
    </message>
    <message>
        <source>computed ha</source>
        <translation>вычисл. га</translation>
    </message>
    <message>
        <source>investment KZT</source>
        <translation>инвестиции, тенге</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>раб. места</translation>
    </message>
    <message>
        <source>total</source>
        <translation>всего</translation>
    </message>
    <message>
        <source>inside the city</source>
        <translation>в черте города</translation>
    </message>
    <message>
        <source>outside the city</source>
        <translation>за чертой города</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>By zone:</source>
        <translation>По зонам:</translation>
    </message>
    <message>
        <source>By status:</source>
        <translation>По статусам:</translation>
    </message>
    <message>
        <source>By district:</source>
        <translation>По районам:</translation>
    </message>
    <message>
        <source>By investor:</source>
        <translation>По инвесторам:</translation>
    </message>
    <message>
        <source>official area: no column of the data gives it (areas are computed from the geometry)</source>
        <translation>официальная площадь: её не даёт ни один столбец данных (площади вычислены по геометрии)</translation>
    </message>
    <message>
        <source>by zone: no column of the data gives the parcels&apos; zone</source>
        <translation>по зонам: зону участков не даёт ни один столбец данных</translation>
    </message>
    <message>
        <source>by status: no column of the data gives the parcels&apos; status</source>
        <translation>по статусам: статус участков не даёт ни один столбец данных</translation>
    </message>
    <message>
        <source>by district: the data has no districts layer</source>
        <translation>по районам: в данных нет слоя районов</translation>
    </message>
    <message>
        <source>inside and outside the city: the data has no city limits</source>
        <translation>в черте и за чертой города: в данных нет городской черты</translation>
    </message>
    <message>
        <source>projects, investment and jobs: no column of the data gives them</source>
        <translation>проекты, инвестиции и рабочие места: их не даёт ни один столбец данных</translation>
    </message>
</context>
<context>
    <name>sez::ParcelStore</name>
    <message>
        <source>the parcel store has no geometry</source>
        <translation>в хранилище участков нет геометрии</translation>
    </message>
    <message>
        <source>the parcel store has %1 columns for %2 fields</source>
        <translation>в хранилище участков %1 столбцов на %2 полей</translation>
    </message>
    <message>
        <source>the column %1 does not hold one value a parcel</source>
        <translation>в столбце %1 не по одному значению на участок</translation>
    </message>
    <message>
        <source>there is no field %1 to replace</source>
        <translation>нет поля %1, которое можно заменить</translation>
    </message>
    <message>
        <source>the stored parcel snapshot is damaged: %1</source>
        <translation>сохранённый снимок участков повреждён: %1</translation>
    </message>
    <message>
        <source>the stored parcel snapshot was made by another version of sezview</source>
        <translation>сохранённый снимок участков создан другой версией sezview</translation>
    </message>
    <message>
        <source>the stored parcel snapshot is damaged</source>
        <translation>сохранённый снимок участков повреждён</translation>
    </message>
</context>
<context>
    <name>sez::PostgisPublisher</name>
    <message>
        <source>the layer %1 could not be written: %2</source>
        <translation>слой %1 не удалось записать: %2</translation>
    </message>
    <message>
        <source>%1: not a PostGIS database; give a PG: connection string, e.g. PG:&quot;dbname=sez host=db.akimat.local&quot;</source>
        <translation>%1: это не база PostGIS; укажите строку подключения PG:, например PG:&quot;dbname=sez host=db.akimat.local&quot;</translation>
    </message>
    <message>
        <source>the dataset&apos;s cache could not be written, and publishing reads it; free some disk space and try again</source>
        <translation>кэш набора данных не удалось записать, а публикация читает его; освободите место на диске и повторите</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: не удалось подключиться: %2</translation>
    </message>
    <message>
        <source>%1: the database has no PostGIS; its owner runs CREATE EXTENSION postgis first</source>
        <translation>%1: в базе нет PostGIS; сначала её владелец выполняет CREATE EXTENSION postgis</translation>
    </message>
    <message>
        <source>%1: the table %2 exists already; publish loads a dataset the first time only (to load it again, drop its tables first)</source>
        <translation>%1: таблица %2 уже есть; publish загружает набор данных только в первый раз (чтобы загрузить заново, сначала удалите его таблицы)</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing: %2</source>
        <translation>%1: не удаётся открыть для записи: %2</translation>
    </message>
    <message>
        <source>publishing was cancelled</source>
        <translation>публикация отменена</translation>
    </message>
    <message>
        <source>%1: the tables were written, but %2</source>
        <translation>%1: таблицы записаны, но %2</translation>
    </message>
</context>
<context>
    <name>sez::PostgisSource</name>
    <message>
        <source>%1: cannot connect to the database: %2</source>
        <translation>%1: не удалось подключиться к базе данных: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the PostGIS database: %2</source>
        <translation>%1: не удаётся открыть базу PostGIS: %2</translation>
    </message>
    <message>
        <source>%1: the database has no parcels table (a table with a geometry whose name says &apos;parcels&apos;); publish a dataset there first (sezview-cli publish), or name its tables in a manifest</source>
        <translation>%1: в базе нет таблицы участков (таблицы с геометрией, в имени которой есть «parcels»); сначала опубликуйте туда набор данных (sezview-cli publish) или перечислите её таблицы в манифесте</translation>
    </message>
</context>
<context>
    <name>sez::Query</name>
    <message>
        <source>%1 at column %2</source>
        <translation>%1 (позиция %2)</translation>
    </message>
    <message>
        <source>unexpected end of query</source>
        <translation>неожиданный конец запроса</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>неожиданное &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>ожидается %1</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — может быть, &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>незакрытая строка</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;</source>
        <translation>некорректное число &apos;%1&apos;</translation>
    </message>
    <message>
        <source>number out of range &apos;%1&apos;</source>
        <translation>число вне допустимого диапазона &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;!&apos;</source>
        <translation>неожиданный &apos;!&apos;</translation>
    </message>
    <message>
        <source>strings take single quotes</source>
        <translation>строки пишутся в одинарных кавычках</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>истина/ложь</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>число %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>текст %1</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>query nested deeper than %1 levels</source>
        <translation>запрос вложен глубже %1 уровней</translation>
    </message>
    <message>
        <source>expected a field</source>
        <translation>ожидается поле</translation>
    </message>
    <message>
        <source>%1() only goes inside within() or intersects()</source>
        <translation>%1() можно использовать только внутри within() или intersects()</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>неизвестная функция &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>неизвестное поле &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected an infrastructure kind in quotes</source>
        <translation>ожидается вид инфраструктуры в кавычках</translation>
    </message>
    <message>
        <source>unknown infrastructure kind %1</source>
        <translation>неизвестный вид инфраструктуры %1</translation>
    </message>
    <message>
        <source>invalid date %1, expected YYYY-MM-DD</source>
        <translation>некорректная дата %1, ожидается ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>expected a value, not a field name</source>
        <translation>ожидается значение, а не имя поля</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>ожидается значение</translation>
    </message>
    <message>
        <source>cannot compare %1 &apos;%2&apos; with %3</source>
        <translation>нельзя сравнивать: %1 &apos;%2&apos; и %3</translation>
    </message>
    <message>
        <source>use &apos;is null&apos; to test for null</source>
        <translation>для проверки на null используйте &apos;is null&apos;</translation>
    </message>
    <message>
        <source>only = and != apply to true/false</source>
        <translation>к истине и лжи применимы только = и !=</translation>
    </message>
    <message>
        <source>expected a comparison</source>
        <translation>ожидается сравнение</translation>
    </message>
    <message>
        <source>expected a comparison after &apos;%1&apos;</source>
        <translation>после &apos;%1&apos; ожидается сравнение</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;in&apos;</source>
        <translation>после &apos;in&apos; ожидается &apos;(&apos;</translation>
    </message>
    <message>
        <source>between does not apply to true/false</source>
        <translation>between неприменим к истине и лжи</translation>
    </message>
    <message>
        <source>%1 needs text, &apos;%2&apos; is a %3</source>
        <translation>%1 работает с текстом, а &apos;%2&apos; — %3</translation>
    </message>
    <message>
        <source>expected a pattern in quotes</source>
        <translation>ожидается шаблон в кавычках</translation>
    </message>
    <message>
        <source>expected zone(), district(), bbox() or wkt()</source>
        <translation>ожидается zone(), district(), bbox() или wkt()</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидается число</translation>
    </message>
    <message>
        <source>unknown geometry &apos;%1&apos;</source>
        <translation>неизвестная геометрия &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидается строка</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>некорректная геометрия</translation>
    </message>
    <message>
        <source>expected text in quotes</source>
        <translation>ожидается текст в кавычках</translation>
    </message>
    <message>
        <source>invalid search text</source>
        <translation>некорректный текст поиска</translation>
    </message>
    <message>
        <source>empty query</source>
        <translation>пустой запрос</translation>
    </message>
    <message>
        <source>unknown %1 value %2</source>
        <translation>неизвестное значение %2 поля %1</translation>
    </message>
</context>
<context>
    <name>sez::QueryBuilder</name>
    <message>
        <source>any</source>
        <translation>не важно</translation>
    </message>
    <message>
        <source> ha</source>
        <translation> га</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>где угодно</translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation>в черте города</translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation>за чертой города</translation>
    </message>
    <message>
        <source>investor, project or address words</source>
        <translation>слова из инвестора, проекта или адреса</translation>
    </message>
    <message>
        <source>query text, e.g. status = &apos;free&apos; and area_ha &gt;= 10</source>
        <translation>текст запроса, например: status = &apos;free&apos; and area_ha &gt;= 10</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Area from</source>
        <translation>Площадь от</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Contains words</source>
        <translation>Содержит слова</translation>
    </message>
    <message>
        <source>At most this far from the nearest</source>
        <translation>Расстояние до ближайшего объекта, не более</translation>
    </message>
    <message>
        <source>Find parcels</source>
        <translation>Найти участки</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Сохранённые запросы</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>%1, %2 (official), %3 (computed)</source>
        <translation>%1; официальная площадь %2, вычисленная %3</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Сохранить запрос</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Parcels left after each condition:</source>
        <translation>Участков осталось после каждого условия:</translation>
    </message>
    <message>
        <source>all parcels</source>
        <translation>все участки</translation>
    </message>
    <message>
        <source>No parcel is left after “%1” (%2 alone).</source>
        <translation>После условия «%1» не осталось ни одного участка (само по себе оно отбирает %2).</translation>
    </message>
    <message>
        <source>Areas and distances are still being computed</source>
        <translation>Площади и расстояния ещё вычисляются</translation>
    </message>
    <message>
        <source>Areas and distances are still being computed: the query runs as soon as they are ready.</source>
        <translation>Площади и расстояния ещё вычисляются: запрос выполнится, как только они будут готовы.</translation>
    </message>
</context>
<context>
    <name>sez::QueryCompletions</name>
    <message>
        <source>metres to the nearest object of a kind</source>
        <translation>метры до ближайшего объекта данного вида</translation>
    </message>
    <message>
        <source>parcels inside a zone</source>
        <translation>участки внутри зоны</translation>
    </message>
    <message>
        <source>parcels inside a district</source>
        <translation>участки внутри района</translation>
    </message>
    <message>
        <source>words in any text of the parcel</source>
        <translation>слова в любом тексте участка</translation>
    </message>
</context>
<context>
    <name>sez::QueryGuide</name>
    <message>
        <source>… %1 values in all</source>
        <translation>… всего значений: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <source>Free industrial parcels of at least 5 ha outside the city, within 2 km of a substation</source>
        <translation>Свободные промышленные участки от 5 га за чертой города, не дальше 2 км от подстанции</translation>
    </message>
    <message>
        <source>Industrial or logistics parcels that are free or reserved</source>
        <translation>Свободные или зарезервированные промышленные либо логистические участки</translation>
    </message>
    <message>
        <source>A category may be written as the legend writes it, in any of the three languages, or as the source data writes it</source>
        <translation>Категорию можно написать как в легенде, на любом из трёх языков, или как в исходных данных</translation>
    </message>
    <message>
        <source>Parcels with an investor whose project is not yet operating</source>
        <translation>Участки с инвестором, чей проект ещё не работает</translation>
    </message>
    <message>
        <source>Parcels of 1 to 5 ha inside the city</source>
        <translation>Участки от 1 до 5 га в черте города</translation>
    </message>
    <message>
        <source>Parcels that lie wholly inside a zone&apos;s area on the map</source>
        <translation>Участки, целиком лежащие внутри области зоны на карте</translation>
    </message>
    <message>
        <source>The query language</source>
        <translation>Язык запросов</translation>
    </message>
    <message>
        <source>A query picks parcels by their attributes. Type it in the query box of “Find sites” or in the attribute table’s filter; the query builder writes one for you. Start typing and press Ctrl+Space to see the fields and their values.</source>
        <translation>Запрос отбирает участки по их атрибутам. Введите его в поле запроса «Поиска площадок» или в фильтр таблицы атрибутов; конструктор запросов составит его за вас. Начните печатать и нажмите Ctrl+Пробел, чтобы увидеть поля и их значения.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>equal, not equal; text in single quotes</source>
        <translation>равно, не равно; текст в одинарных кавычках</translation>
    </message>
    <message>
        <source>compare numbers and dates; decimals with a point: 2.5</source>
        <translation>сравнение чисел и дат; дробная часть через точку: 2.5</translation>
    </message>
    <message>
        <source>one of several values</source>
        <translation>одно из нескольких значений</translation>
    </message>
    <message>
        <source>from one value to another, both included</source>
        <translation>от одного значения до другого, оба включительно</translation>
    </message>
    <message>
        <source>text patterns: % any text, _ one character; ilike ignores case</source>
        <translation>шаблоны текста: % — любой текст, _ — один символ; ilike не различает регистр</translation>
    </message>
    <message>
        <source>the value is missing, or present</source>
        <translation>значение отсутствует или есть</translation>
    </message>
    <message>
        <source>a date, written year-month-day</source>
        <translation>дата в виде год-месяц-день</translation>
    </message>
    <message>
        <source>the parcel&apos;s side of the city limits</source>
        <translation>по какую сторону городской черты лежит участок</translation>
    </message>
    <message>
        <source>metres to the nearest object of a kind of infrastructure</source>
        <translation>метры до ближайшего объекта данного вида инфраструктуры</translation>
    </message>
    <message>
        <source>the parcel lies inside, or touches, a zone or district on the map; also bbox(lon1, lat1, lon2, lat2) and wkt(&apos;POLYGON(...)&apos;)</source>
        <translation>участок лежит внутри зоны или района на карте или касается их; также bbox(lon1, lat1, lon2, lat2) и wkt(&apos;POLYGON(...)&apos;)</translation>
    </message>
    <message>
        <source>the words anywhere in the parcel&apos;s texts (investor, project, address)</source>
        <translation>слова в любом месте текстов участка (инвестор, проект, адрес)</translation>
    </message>
    <message>
        <source>combine conditions; and binds before or</source>
        <translation>сочетание условий; and связывает раньше, чем or</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>A category (zone, status, …) may be written by its code, by its label in English, Russian or Kazakh, or as the source data writes it; a value it cannot have is an error that names the nearest one.</source>
        <translation>Категорию (зону, статус, …) можно написать кодом, названием на английском, русском или казахском или так, как в исходных данных; недопустимое значение — ошибка, в которой названо ближайшее допустимое.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>a column of the source data</source>
        <translation>столбец исходных данных</translation>
    </message>
    <message>
        <source>Kinds of infrastructure for distance()</source>
        <translation>Виды инфраструктуры для distance()</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
</context>
<context>
    <name>sez::RasterImagery</name>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>%1 cannot be read any more: %2</source>
        <translation>%1 больше не читается: %2</translation>
    </message>
    <message>
        <source>%1 cannot be shown as colour: %2</source>
        <translation>%1 не удаётся показать в цвете: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: нет такого файла</translation>
    </message>
    <message>
        <source>%1: not an image GDAL can read (%2); sezview shows GeoTIFF, VRT, JPEG2000, MBTiles and GeoPackage rasters</source>
        <translation>%1: это не изображение, которое может прочитать GDAL (%2); sezview показывает растры GeoTIFF, VRT, JPEG2000, MBTiles и GeoPackage</translation>
    </message>
    <message>
        <source>it has no raster bands</source>
        <translation>в нём нет растровых каналов</translation>
    </message>
    <message>
        <source>%1 has no georeferencing: it does not say where on the Earth it lies (no geotransform, world file or control points); georeference it first, e.g. in QGIS</source>
        <translation>%1 не имеет географической привязки: в нём не сказано, где на Земле он находится (нет геотрансформации, world-файла или опорных точек); сначала привяжите его, например в QGIS</translation>
    </message>
    <message>
        <source>%1 has no coordinate system: its pixels have coordinates but no CRS says in what; add a .prj or .aux.xml, or assign one with gdal_translate -a_srs</source>
        <translation>%1 не имеет системы координат: у его пикселей есть координаты, но не указано, в какой системе; добавьте .prj или .aux.xml либо задайте её через gdal_translate -a_srs</translation>
    </message>
    <message>
        <source>%1 is damaged: its pixels cannot be read (%2)</source>
        <translation>%1 повреждён: его пиксели не читаются (%2)</translation>
    </message>
    <message>
        <source>%1 could not be drawn: %2</source>
        <translation>Не удалось нарисовать %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or build the overviews with gdaladdo</source>
        <translation>%1 уже существует; удалите его или постройте обзорные уровни через gdaladdo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>building the overviews of %1 was cancelled</source>
        <translation>построение обзорных уровней %1 отменено</translation>
    </message>
    <message>
        <source>the overviews of %1 could not be built: %2</source>
        <translation>не удалось построить обзорные уровни %1: %2</translation>
    </message>
</context>
<context>
    <name>sez::RegisterCommand</name>
    <message>
        <source>(the source&apos;s)</source>
        <translation>(из исходных данных)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The register: sqlite:FILE, postgresql://… or service=NAME.</source>
        <translation>Реестр: sqlite:ФАЙЛ, postgresql://… или service=ИМЯ.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>#%1  %2  %3  version %4  by %5  — %6</source>
        <translation>№%1  %2  %3  версия %4  автор %5  — %6</translation>
    </message>
    <message>
        <source>  (undoes #%1)</source>
        <translation>  (отменяет №%1)</translation>
    </message>
    <message>
        <source>%1 already has these values: nothing recorded (version %2)</source>
        <translation>У %1 уже эти значения: ничего не записано (версия %2)</translation>
    </message>
    <message>
        <source>The investor is new: record it although the dataset does not know it.</source>
        <translation>Инвестор новый: записать его, хотя набор данных его не знает.</translation>
    </message>
    <message>
        <source>Why: the akimat&apos;s decision number and date.</source>
        <translation>Основание: номер и дата решения акимата.</translation>
    </message>
    <message>
        <source>Refuse unless the parcel is still at this version.</source>
        <translation>Отказать, если участок уже не в этой версии.</translation>
    </message>
    <message>
        <source>The dataset the parcel belongs to.</source>
        <translation>Набор данных, к которому относится участок.</translation>
    </message>
    <message>
        <source>The dataset&apos;s cache file.</source>
        <translation>Файл кэша набора данных.</translation>
    </message>
    <message>
        <source>set takes exactly one cadastral number</source>
        <translation>set принимает ровно один кадастровый номер</translation>
    </message>
    <message>
        <source>set needs --reason, e.g. the akimat&apos;s decision number and date</source>
        <translation>для set нужен --reason, например номер и дата решения акимата</translation>
    </message>
    <message>
        <source>set needs at least one value to record, e.g. --status allocated</source>
        <translation>для set нужно хотя бы одно значение, например --status allocated</translation>
    </message>
    <message>
        <source>--expect-version must be a version number (0 for a parcel not yet in the register)</source>
        <translation>--expect-version должен быть номером версии (0 для участка, которого ещё нет в реестре)</translation>
    </message>
    <message>
        <source>show takes exactly one cadastral number</source>
        <translation>show принимает ровно один кадастровый номер</translation>
    </message>
    <message>
        <source>%1: the register has nothing on this parcel; the source&apos;s values stand</source>
        <translation>%1: в реестре нет записей об этом участке; действуют значения из исходных данных</translation>
    </message>
    <message>
        <source>%1  version %2, last changed %3 by %4</source>
        <translation>%1  версия %2, последнее изменение %3, автор %4</translation>
    </message>
    <message>
        <source>history takes at most one cadastral number</source>
        <translation>history принимает не больше одного кадастрового номера</translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD) or time (ISO 8601).</source>
        <translation>С этой даты (ГГГГ-ММ-ДД) или времени (ISO 8601).</translation>
    </message>
    <message>
        <source>Up to and including this date, or up to this time.</source>
        <translation>По эту дату включительно или до этого времени.</translation>
    </message>
    <message>
        <source>text, csv or json.</source>
        <translation>text, csv или json.</translation>
    </message>
    <message>
        <source>changes takes no cadastral number (see history)</source>
        <translation>changes не принимает кадастровый номер (см. history)</translation>
    </message>
    <message>
        <source>changes needs --since DATE</source>
        <translation>для changes нужен --since ДАТА</translation>
    </message>
    <message>
        <source>--since and --until take a date as YYYY-MM-DD or a time as YYYY-MM-DDTHH:MM</source>
        <translation>--since и --until принимают дату в виде ГГГГ-ММ-ДД или время в виде ГГГГ-ММ-ДДTЧЧ:ММ</translation>
    </message>
    <message>
        <source>--format must be text, csv or json</source>
        <translation>--format должен быть text, csv или json</translation>
    </message>
    <message>
        <source>undo takes the number of one change (see history)</source>
        <translation>undo принимает номер одного изменения (см. history)</translation>
    </message>
    <message>
        <source>undo needs --reason, e.g. the akimat&apos;s decision number and date</source>
        <translation>для undo нужен --reason, например номер и дата решения акимата</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init не принимает аргументов</translation>
    </message>
    <message>
        <source>sezview-cli: register needs a subcommand: set, show, history, changes, undo or init</source>
        <translation>sezview-cli: для register нужна подкоманда: set, show, history, changes, undo или init</translation>
    </message>
    <message>
        <source>unknown subcommand; give set, show, history, changes, undo or init</source>
        <translation>неизвестная подкоманда; укажите set, show, history, changes, undo или init</translation>
    </message>
    <message>
        <source>the register %1 is ready: officers write as members of sezview_officer, investors and analysts read as members of sezview_reader</source>
        <translation>реестр %1 готов: сотрудники вносят изменения как члены sezview_officer, инвесторы и аналитики читают как члены sezview_reader</translation>
    </message>
    <message>
        <source>the register %1 is ready</source>
        <translation>реестр %1 готов</translation>
    </message>
    <message>
        <source>Run &apos;sezview-cli --help&apos; for the commands.</source>
        <translation>Список команд: «sezview-cli --help».</translation>
    </message>
    <message>
        <source>The allocation register whose values win over the source&apos;s.</source>
        <translation>Реестр предоставления, значения которого важнее исходных.</translation>
    </message>
    <message>
        <source>The source&apos;s values alone, without the register&apos;s.</source>
        <translation>Только значения исходных данных, без реестра.</translation>
    </message>
</context>
<context>
    <name>sez::RegisterConnection</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>драйвер SQLite для Qt не установлен (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: не удаётся создать папку</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>драйвер PostgreSQL для Qt не установлен (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the register %1: %2</source>
        <translation>реестр %1: %2</translation>
    </message>
    <message>
        <source>the register %1: no answer to %2</source>
        <translation>реестр %1: нет ответа на %2</translation>
    </message>
</context>
<context>
    <name>sez::RegisterLocation</name>
    <message>
        <source>the register &apos;sqlite:&apos; names no file: give sqlite:FILE</source>
        <translation>в адресе реестра «sqlite:» не указан файл: укажите sqlite:ФАЙЛ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a register: give sqlite:FILE, a postgresql:// address or a connection string such as service=NAME</source>
        <translation>«%1» — не реестр: укажите sqlite:ФАЙЛ, адрес postgresql:// или строку подключения вроде service=ИМЯ</translation>
    </message>
    <message>
        <source>the register address is not valid: %1</source>
        <translation>неверный адрес реестра: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>не хватает памяти</translation>
    </message>
    <message>
        <source>the register address holds a password: keep it in ~/.pgpass or a service file instead</source>
        <translation>в адресе реестра указан пароль: храните его в ~/.pgpass или в файле служб</translation>
    </message>
    <message>
        <source>the register address may not contain &apos;;&apos; (in %1)</source>
        <translation>адрес реестра не может содержать «;» (в %1)</translation>
    </message>
</context>
<context>
    <name>sez::RegisterSchema</name>
    <message>
        <source>the register %1 was made by a newer sezview (schema %2; this one knows %3): update sezview</source>
        <translation>реестр %1 создан более новой версией sezview (схема %2; эта версия знает %3): обновите sezview</translation>
    </message>
    <message>
        <source>the register %1 has an unknown schema version (%2)</source>
        <translation>у реестра %1 неизвестная версия схемы (%2)</translation>
    </message>
    <message>
        <source>the register %1 is empty and may not be written</source>
        <translation>реестр %1 пуст, а записывать в него нельзя</translation>
    </message>
    <message>
        <source>%1 is not a sezview register: it is left untouched; give another file</source>
        <translation>%1 — не реестр sezview: файл оставлен без изменений; укажите другой файл</translation>
    </message>
    <message>
        <source>the database %1 holds no sezview register yet: its owner creates one with &apos;sezview-cli register init --register ADDRESS&apos;</source>
        <translation>в базе данных %1 ещё нет реестра sezview: её владелец создаёт его командой «sezview-cli register init --register АДРЕС»</translation>
    </message>
    <message>
        <source>only the register&apos;s owner (%1) or a superuser may set it up: the register %2 is unchanged</source>
        <translation>настраивать реестр может только его владелец (%1) или суперпользователь: реестр %2 не изменён</translation>
    </message>
</context>
<context>
    <name>sez::RegisterSession</name>
    <message>
        <source>No allocation register is open.</source>
        <translation>Реестр предоставления не открыт.</translation>
    </message>
    <message>
        <source>The allocation register could not be read: %1</source>
        <translation>Не удалось прочитать реестр предоставления: %1</translation>
    </message>
    <message>
        <source>The allocation register %1 could not be opened: %2. The map shows the source&apos;s values.</source>
        <translation>Не удалось открыть реестр предоставления %1: %2. На карте показаны значения исходных данных.</translation>
    </message>
    <message>
        <source>Changes other desks make will not show until the dataset is opened again: %1</source>
        <translation>Изменения, сделанные на других рабочих местах, не появятся, пока набор данных не будет открыт заново: %1</translation>
    </message>
</context>
<context>
    <name>sez::RegisterSettingsDialog</name>
    <message>
        <source>A file on this computer, for this desk alone</source>
        <translation>Файл на этом компьютере, только для этого рабочего места</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by the office</source>
        <translation>База данных PostgreSQL, общая для всего отдела</translation>
    </message>
    <message>
        <source>Allocation register</source>
        <translation>Реестр предоставления</translation>
    </message>
    <message>
        <source>The register keeps the SEZ&apos;s decisions on each parcel (status, investor, project, lease) and their history; its values are shown over the dataset&apos;s.</source>
        <translation>Реестр хранит решения СЭЗ по каждому участку (статус, инвестор, проект, аренда) и их историю; его значения показываются поверх данных набора.</translation>
    </message>
    <message>
        <source>A libpq address or service=NAME. The password is not written here: it is read from ~/.pgpass or the service file.</source>
        <translation>Адрес libpq или service=ИМЯ. Пароль здесь не записывается: он читается из ~/.pgpass или файла служб.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>The register file</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <source>Registers (*.sqlite);;All files (*)</source>
        <translation>Реестры (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Name the register file.</source>
        <translation>Укажите файл реестра.</translation>
    </message>
    <message>
        <source>Cannot open it: %1</source>
        <translation>Не удаётся открыть: %1</translation>
    </message>
    <message>
        <source>Opened: you may record changes as %1.</source>
        <translation>Открыт: вы можете записывать изменения как %1.</translation>
    </message>
    <message>
        <source>Opened for reading only. %1</source>
        <translation>Открыт только для чтения. %1</translation>
    </message>
</context>
<context>
    <name>sez::RegisterWatcher</name>
    <message>
        <source>there is no register at %1 yet</source>
        <translation>реестра %1 ещё нет</translation>
    </message>
</context>
<context>
    <name>sez::Report</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>не удалось начать создание PDF</translation>
    </message>
    <message>
        <source>Parcel report</source>
        <translation>Отчёт по участкам</translation>
    </message>
    <message>
        <source>Investor report</source>
        <translation>Отчёт по инвесторам</translation>
    </message>
    <message>
        <source>The SEZ at a glance</source>
        <translation>СЭЗ в цифрах</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>all parcels</source>
        <translation>все участки</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Запрос: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>По состоянию на %1</translation>
    </message>
    <message>
        <source>%1 parcels, %2 ha official, %3 ha computed; inside the city %4, outside %5</source>
        <translation>Участков: %1; официальная площадь %2 га, вычисленная %3 га; в черте города %4, за чертой %5</translation>
    </message>
    <message>
        <source>By zone</source>
        <translation>По зонам</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>По статусам</translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation>Специальная экономическая зона</translation>
    </message>
    <message>
        <source>SEZ area</source>
        <translation>Площадь СЭЗ</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 га</translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation>в черте города</translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation>за чертой города</translation>
    </message>
    <message>
        <source>Investment projects</source>
        <translation>Инвестиционные проекты</translation>
    </message>
    <message>
        <source>under implementation</source>
        <translation>реализуются</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Планируемые рабочие места</translation>
    </message>
    <message>
        <source>First-priority infrastructure objects</source>
        <translation>Объекты инфраструктуры первой очереди</translation>
    </message>
    <message>
        <source>Parcels: %1; official area %2 ha; computed area %3 ha</source>
        <translation>Участков: %1; официальная площадь %2 га; вычисленная площадь %3 га</translation>
    </message>
    <message>
        <source>Investment: %1; planned jobs: %2</source>
        <translation>Инвестиции: %1; планируемые рабочие места: %2</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Parcels of %1</source>
        <translation>Участки: %1</translation>
    </message>
    <message>
        <source>≠ marks parcels whose computed area differs from the official one by more than 1 %.</source>
        <translation>≠ — вычисленная площадь участка отличается от официальной более чем на 1 %.</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>создание отчёта отменено</translation>
    </message>
    <message>
        <source>and %1 more (all in the table)</source>
        <translation>и ещё %1 (все — в таблице)</translation>
    </message>
    <message>
        <source>Picked by hand (%1): %2</source>
        <translation>Выбраны вручную (%1): %2</translation>
    </message>
    <message>
        <source>Added by hand (%1): %2</source>
        <translation>Добавлены вручную (%1): %2</translation>
    </message>
    <message>
        <source>Taken out by hand (%1): %2</source>
        <translation>Исключены вручную (%1): %2</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Масштаб 1:%1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;%2</source>
        <translation>неизвестный столбец &apos;%1&apos;%2</translation>
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
        <translation>Выписка о земельном участке %1</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>The SEZ at a glance</source>
        <translation>СЭЗ в цифрах</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Write the extract…</source>
        <translation>Создать выписку…</translation>
    </message>
    <message>
        <source>Write the report…</source>
        <translation>Создать отчёт…</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Columns of the parcel table (drag to reorder):</source>
        <translation>&amp;Столбцы таблицы участков (порядок — перетаскиванием):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Pulkovo 1942 / Gauss-Krüger (the parcel&apos;s zone)</source>
        <translation>Пулково 1942 / Гаусс-Крюгер (зона участка)</translation>
    </message>
    <message>
        <source>Another EPSG code</source>
        <translation>Другой код EPSG</translation>
    </message>
    <message>
        <source>&amp;Extra coordinates:</source>
        <translation>&amp;Дополнительные координаты:</translation>
    </message>
    <message>
        <source>Parcel report</source>
        <translation>Отчёт по участкам</translation>
    </message>
    <message>
        <source>Investor report</source>
        <translation>Отчёт по инвесторам</translation>
    </message>
</context>
<context>
    <name>sez::SearchBox</name>
    <message>
        <source>Search: cadastral number, investor, project, address</source>
        <translation>Поиск: кадастровый номер, инвестор, проект, адрес</translation>
    </message>
</context>
<context>
    <name>sez::ShapefileParts</name>
    <message>
        <source>the file is %1 bytes, shorter than a DBF header</source>
        <translation>размер файла %1 байт — меньше заголовка DBF</translation>
    </message>
    <message>
        <source>the header length is %1 bytes in a file of %2</source>
        <translation>длина заголовка %1 байт при размере файла %2</translation>
    </message>
    <message>
        <source>field %1 (%2) has a length of 0</source>
        <translation>у поля %1 (%2) нулевая длина</translation>
    </message>
    <message numerus="yes">
        <source>its %Ln field(s) add up to %1 bytes a record, but the header says %2</source>
        <translation>
            <numerusform>его %Ln поле даёт в сумме %1 байт на запись, а в заголовке указано %2</numerusform>
            <numerusform>его %Ln поля дают в сумме %1 байт на запись, а в заголовке указано %2</numerusform>
            <numerusform>его %Ln полей дают в сумме %1 байт на запись, а в заголовке указано %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sez::StatisticsPanel</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Official area</source>
        <translation>Официальная площадь</translation>
    </message>
    <message>
        <source>Computed area</source>
        <translation>Вычисленная площадь</translation>
    </message>
    <message>
        <source>All parcels of the dataset</source>
        <translation>Все участки набора данных</translation>
    </message>
    <message>
        <source>The selected parcels</source>
        <translation>Выбранные участки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Inside the city</source>
        <translation>В черте города</translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation>За чертой города</translation>
    </message>
    <message>
        <source>By zone</source>
        <translation>По зонам</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>По статусам</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>По районам</translation>
    </message>
</context>
<context>
    <name>sez::StoreBuilder</name>
    <message>
        <source>building the parcel store was cancelled</source>
        <translation>построение хранилища участков прервано</translation>
    </message>
    <message>
        <source>the parcel store was not built from this dataset</source>
        <translation>хранилище участков построено не из этого набора данных</translation>
    </message>
    <message>
        <source>the parcels&apos; attributes were let go before the store was built</source>
        <translation>атрибуты участков были освобождены до построения хранилища</translation>
    </message>
    <message>
        <source>a parcel layer has more features than one store holds</source>
        <translation>в слое участков больше объектов, чем вмещает одно хранилище</translation>
    </message>
</context>
<context>
    <name>sez::TextEncoding</name>
    <message>
        <source>text is plain ASCII</source>
        <translation>текст только из символов ASCII</translation>
    </message>
    <message>
        <source>every value is valid UTF-8</source>
        <translation>все значения — корректный UTF-8</translation>
    </message>
    <message>
        <source>bytes are not UTF-8; %1 reads as Cyrillic (%2 letters)</source>
        <translation>байты не в UTF-8; в %1 читается кириллица (букв: %2)</translation>
    </message>
    <message>
        <source>bytes are not UTF-8 and no Cyrillic code page fits; read as Latin-1</source>
        <translation>байты не в UTF-8, и ни одна кириллическая кодировка не подходит; прочитано как Latin-1</translation>
    </message>
    <message>
        <source>%1, but the text is %2 (%3)</source>
        <extracomment>%1: what the file said (&quot;the .cpg says &apos;1251&apos;&quot;); %2: the encoding read instead; %3: why.</extracomment>
        <translation>%1, но текст в %2 (%3)</translation>
    </message>
</context>
<context>
    <name>sez::TileCache</name>
    <message>
        <source>%1: the tile cache&apos;s folder cannot be created</source>
        <translation>%1: не удаётся создать папку кэша тайлов</translation>
    </message>
    <message>
        <source>%1: the tile cache cannot be used: %2</source>
        <translation>%1: кэш тайлов нельзя использовать: %2</translation>
    </message>
    <message>
        <source>%1: the tile cache cannot be read: %2</source>
        <translation>%1: не удаётся прочитать кэш тайлов: %2</translation>
    </message>
    <message>
        <source>it holds the tiles of %1</source>
        <translation>в нём тайлы другого источника: %1</translation>
    </message>
    <message>
        <source>the server sent something that is not an image</source>
        <translation>сервер прислал не изображение</translation>
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
        <translation>%1: сервер ответил %2</translation>
    </message>
</context>
<context>
    <name>sez::TileImagery</name>
    <message>
        <source>no tile address was given</source>
        <translation>адрес тайлов не указан</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tile(s) of %1 not fetched yet</source>
        <translation>
            <numerusform>%Ln тайл %1 ещё не загружен</numerusform>
            <numerusform>%Ln тайла %1 ещё не загружены</numerusform>
            <numerusform>%Ln тайлов %1 ещё не загружено</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be drawn: %2</source>
        <translation>Не удалось нарисовать %1: %2</translation>
    </message>
</context>
<context>
    <name>sez::TileSource</name>
    <message>
        <source>%1 is not a tile address: give an http or https URL such as https://tiles.example.kz/{z}/{x}/{y}.png</source>
        <translation>%1 — не адрес тайлов: укажите URL http или https, например https://tiles.example.kz/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>%1 does not say which tile to fetch: an XYZ address needs {z}, {x} and {y}, a WMTS address {TileMatrix}, {TileCol} and {TileRow}</source>
        <translation>%1 не указывает, какой тайл загружать: в адресе XYZ нужны {z}, {x} и {y}, в адресе WMTS — {TileMatrix}, {TileCol} и {TileRow}</translation>
    </message>
    <message>
        <source>%1: the zoom levels must lie from 0 to 24, the first not above the last</source>
        <translation>%1: уровни масштаба должны быть от 0 до 24, первый не больше последнего</translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation>Тайлы: %1</translation>
    </message>
</context>
</TS>
