<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>main</name>
    <message>
        <source>Alatau SEZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land parcels of the Alatau special economic zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset.json or a layer file (.shp, .gpkg). Default: the last one opened, else the bundled sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep dataset caches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::AttributeTable</name>
    <message>
        <source>Selected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. zone = &apos;industrial&apos; and status = &apos;free&apos; and area_ha &gt;= 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1; selected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export parcels to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::HumanLabels</name>
    <message>
        <source>Cadastral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official area, ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed area, ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment, ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power, kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water, m³/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agro-processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business and finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green / reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wastewater treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parcels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::LayerPanel</name>
    <message>
        <source>Parcel outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadastral numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::MainWindow</name>
    <message>
        <source>Reading the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing areas and distances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export selection to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the whole &amp;SEZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, click a parcel to see its card; Shift+drag zooms, Ctrl+drag selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a box to zoom to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a box to select the parcels in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners of an area, double-click to select the parcels in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click points along a line, double-click to finish; Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners of an area, double-click to finish; Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About sezview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About sezview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;sezview&lt;/b&gt;&lt;br&gt;Land parcels of the Alatau special economic zone.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map scale: type a number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (imported: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; warnings while reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets (dataset.json *.json *.shp *.gpkg *.geojson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alatau SEZ land parcels — sezview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — sezview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM %1 E %2 N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1° E, %2° N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found for “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export parcels to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::MapCanvas</name>
    <message>
        <source>No dataset open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1, perimeter %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::ParcelCard</name>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a parcel on the map to see its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the official area by %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed area (ellipsoidal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City of Alatau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre (lon, lat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°, %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre (EPSG:%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 E, %2 N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::ParcelTableModel</name>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed area, ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::QueryBuilder</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investor, project or address words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query text, e.g. status = &apos;free&apos; and area_ha &gt;= 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this far from the nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (official), %3 (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::Report</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official, ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed, ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SEZ at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment, ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parcels, %2 ha official, %3 ha computed; inside the city %4, outside %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEZ area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the city limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the city limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-priority infrastructure objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels: %1; official area %2 ha; computed area %3 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment: %1; planned jobs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ marks parcels whose computed area differs from the official one by more than 1 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::SearchBox</name>
    <message>
        <source>Search: cadastral number, investor, project, address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::StatisticsPanel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parcels of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By district</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sez::SummaryPanel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official, ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed, ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEZ area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official and computed area differ by more than 1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investment, tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
