#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS as sezview-bench's peer for the first map of a never-seen dataset.

Loads a shapefile, classifies it by a field (one category per distinct value, as the layer
properties' "Classify" does) and renders its full extent through QgsMapRendererParallelJob, as
QGIS's canvas does. Run by sezview-bench with QT_QPA_PLATFORM=offscreen; prints the phases in
seconds as one JSON line.

    qgis_first_map.py PARCELS.shp FIELD OUT.png WIDTH HEIGHT
"""
import json
import os
import sys
import time

start = time.monotonic()
from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsRendererCategory, QgsSymbol, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def main(path, field, out, width, height):
    app = QgsApplication([], False)
    QgsApplication.setPrefixPath("/usr", True)
    app.initQgis()
    started = time.monotonic()

    layer = QgsVectorLayer(path, "parcels", "ogr")
    if not layer.isValid():
        print(f"{path}: QGIS cannot load it", file=sys.stderr)
        return 1
    index = layer.fields().indexOf(field)
    if index < 0:
        print(f"{path}: no field {field}", file=sys.stderr)
        return 1
    values = sorted(v for v in layer.uniqueValues(index) if v is not None)
    categories = []
    for i, value in enumerate(values):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor.fromHsv(int(i * 360 / max(1, len(values))), 150, 230))
        categories.append(QgsRendererCategory(value, symbol, str(value)))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
    extent = layer.extent()
    loaded = time.monotonic()

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(out):
        print(f"{out}: cannot save the image", file=sys.stderr)
        return 1
    rendered = time.monotonic()
    print(json.dumps({"qgis_start_s": started - start, "qgis_load_s": loaded - started,
                      "qgis_render_s": rendered - loaded, "categories": len(categories)}), flush=True)
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    sys.stderr.flush()
    # Without exitQgis() and Python's own teardown, which crash in QGIS 3.22's bindings when the
    # application object goes before the layer: the map is saved, and the process ends here.
    os._exit(code)
