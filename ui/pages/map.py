"""The grid map (一张图): micro-grid boundaries, buildings, care targets and events coloured by
status and overdue, drawn with Qt's graphics view from the store's vector data — no browser,
no network. Pan by dragging, zoom with the wheel, click a point to open its record; a campaign
shades the micro-grids by coverage; the grid centre imports boundaries from a GeoJSON file."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridwarden.queries import map as mq
from gridwarden.queries import rounds as rq
from gridwarden.rules.event_lifecycle import SUPERVISOR
from gridwarden.services.context import Changes
from ui.app_context import AppContext
from ui.i18n import render
from ui.pages.base import Page, section_label

METRES_PER_DEGREE = 111_320.0
TONES = {
    mq.EMERGENCY: QColor("#b00020"),
    mq.OVERDUE: QColor("#e65100"),
    mq.OPEN: QColor("#1565c0"),
    mq.CLOSED: QColor("#2e7d32"),
    mq.MERGED: QColor("#9e9e9e"),
}
CARE = QColor("#8e24aa")
BUILDING = QColor("#78909c")
BOUNDARY = QColor("#5c6b7a")
KIND, KEY = 0, 1  # item data roles: what a click opens


class Projection:
    """Longitude/latitude → scene metres (equirectangular around the district's centre: at a
    district's size the distortion is far below a building's width)."""

    def __init__(self, lon0: float, lat0: float) -> None:
        self.lon0, self.lat0 = lon0, lat0
        self.kx = METRES_PER_DEGREE * math.cos(math.radians(lat0))

    def __call__(self, lon: float, lat: float) -> QPointF:
        return QPointF((lon - self.lon0) * self.kx, (self.lat0 - lat) * METRES_PER_DEGREE)

    def back(self, point: QPointF) -> tuple[float, float]:
        """Scene metres → longitude/latitude (7 decimals: about a centimetre)."""
        return (
            round(self.lon0 + point.x() / self.kx, 7),
            round(self.lat0 - point.y() / METRES_PER_DEGREE, 7),
        )


class MapView(QGraphicsView):
    def __init__(
        self,
        scene: QGraphicsScene,
        on_click: Callable[[QGraphicsItem], None],
        on_pick: Callable[[QPointF], bool],
    ) -> None:
        super().__init__(scene)
        self.on_click, self.on_pick = on_click, on_pick
        self.pressed_at: QPointF | None = None
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#eef2f5"))
        self.labels: list[QGraphicsSimpleTextItem] = []
        self.labels_on = True
        self.zoomed = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

    def zoom(self, factor: float) -> None:
        self.zoomed = True
        self.scale(factor, factor)
        self.show_labels()

    def fit(self) -> None:
        """The whole district in view (again after a resize, until the user zooms)."""
        self.zoomed = False
        rect = self.scene().itemsBoundingRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.show_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.zoomed:
            self.fit()

    def show_labels(self) -> None:
        """Micro-grid names only when a micro-grid is wide enough on screen to hold one."""
        visible = self.labels_on and self.transform().m11() > 0.9
        for label in self.labels:
            label.setVisible(visible)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.pressed_at = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self.pressed_at = self.pressed_at, None
        if event.button() != Qt.MouseButton.LeftButton or start is None:
            return
        if (event.position() - start).manhattanLength() > 4:
            return  # a drag pans the map
        if self.on_pick(self.mapToScene(event.position().toPoint())):
            return
        for item in self.items(event.position().toPoint()):
            if item.data(KIND):
                self.on_click(item)
                return


class MapPage(Page):
    name = "map"
    watches = frozenset(
        {"map_feature", "grid_event", "household", "care_plan", "visit", "campaign"}
    )

    def __init__(
        self,
        app: AppContext,
        open_event: Callable[[str], None],
        open_household: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.open_event, self.open_household = open_event, open_household
        self.data: mq.MapData | None = None
        self.loads = 0
        self.scene = QGraphicsScene(self)
        self.view = MapView(self.scene, self.clicked, self.picked)
        self.projection: Projection | None = None
        self.picking: tuple[str, str, str] | None = None  # kind, record id, its label
        self.view.setObjectName("mapView")
        self.layers: dict[str, list[QGraphicsItem]] = {}
        self.toggles: dict[str, QCheckBox] = {}
        self.campaign = QComboBox()
        self.campaign.setObjectName("mapCampaign")
        self.campaign.addItem(self.tr("不显示专项走访覆盖"), None)
        self.campaign.currentIndexChanged.connect(lambda _i: self.refresh())
        zoom_in, zoom_out, fit = (
            QPushButton(self.tr("放大")),
            QPushButton(self.tr("缩小")),
            QPushButton(self.tr("全图")),
        )
        zoom_in.clicked.connect(lambda: self.view.zoom(1.5))
        zoom_out.clicked.connect(lambda: self.view.zoom(1 / 1.5))
        fit.clicked.connect(self.fit)
        self.import_button = QPushButton(self.tr("导入 GeoJSON…"))
        self.import_button.setObjectName("importGeojson")
        self.import_button.setToolTip(self.tr("网格中心（管理员）导入微网格边界与楼栋点位"))
        self.import_button.clicked.connect(self.pick_geojson)
        self.info = QLabel(self.tr("点击地图上的事件或关怀对象可打开记录"))
        self.info.setWordWrap(True)
        self.info.setObjectName("hint")
        self.counts = QLabel()
        self.counts.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(section_label(self.tr("图层与图例")))
        legend = (
            ("boundaries", self.tr("微网格边界"), BOUNDARY, "line"),
            ("buildings", self.tr("楼栋"), BUILDING, "square"),
            ("care", self.tr("关怀对象"), CARE, "diamond"),
            ("emergency", self.tr("事件：紧急"), TONES[mq.EMERGENCY], "dot"),
            ("overdue", self.tr("事件：已超期"), TONES[mq.OVERDUE], "dot"),
            ("open", self.tr("事件：办理中"), TONES[mq.OPEN], "dot"),
            ("closed", self.tr("事件：近30天办结"), TONES[mq.CLOSED], "dot"),
            ("merged", self.tr("事件：已并单"), TONES[mq.MERGED], "dot"),
        )
        for key, text, colour, shape in legend:
            box = QCheckBox(text)
            box.setObjectName(f"layer_{key}")
            box.setChecked(True)
            box.setIcon(swatch(colour, shape))
            box.toggled.connect(lambda on, k=key: self.show_layer(k, on))
            self.toggles[key] = box
            side.addWidget(box)
        side.addWidget(section_label(self.tr("专项走访覆盖率")))
        side.addWidget(self.campaign)
        shading = QLabel(self.tr("深绿：已走访 100%；浅红：0%"))
        shading.setObjectName("hint")
        shading.setWordWrap(True)
        side.addWidget(shading)
        side.addWidget(self.counts)
        side.addWidget(self.info)
        side.addStretch()
        side.addWidget(self.import_button)
        buttons = QHBoxLayout()
        for button in (zoom_in, zoom_out, fit):
            buttons.addWidget(button)
        side.addLayout(buttons)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(230)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(panel)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.import_button.setEnabled(self.app.settings.user_role == SUPERVISOR)
        today, campaign = self.app.clock.today(), self.campaign.currentData()
        self.app.ops.read(lambda s: rq.campaigns(s, today), self._campaigns_loaded)
        self.app.ops.read(lambda s: mq.map_data(s, today, campaign), self.draw)

    def _campaigns_loaded(self, items: list[rq.CampaignItem]) -> None:
        current = self.campaign.currentData()
        self.campaign.blockSignals(True)
        while self.campaign.count() > 1:
            self.campaign.removeItem(1)
        for item in items:
            self.campaign.addItem(item.name, item.id)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(current)))
        self.campaign.blockSignals(False)

    def draw(self, data: mq.MapData) -> None:
        first = self.data is None or self.data.bbox != data.bbox
        self.data = data
        self.loads += 1
        self.scene.clear()
        self.view.labels = []
        self.layers = {key: [] for key in self.toggles}
        if data.bbox is None:
            self.counts.setText(self.tr("还没有地图数据：请由网格中心导入 GeoJSON"))
            return
        project = Projection((data.bbox[0] + data.bbox[2]) / 2, (data.bbox[1] + data.bbox[3]) / 2)
        self.projection = project
        pen = QPen(BOUNDARY)
        pen.setCosmetic(True)
        pen.setWidthF(1.0)
        for boundary in data.boundaries:
            for ring in boundary.rings:
                item = QGraphicsPolygonItem(QPolygonF([project(x, y) for x, y in ring]))
                item.setPen(pen)
                item.setBrush(QBrush(shade(boundary.coverage)))
                item.setZValue(0)
                item.setData(KIND, "micro")
                item.setData(KEY, boundary.area_id)
                item.setToolTip(coverage_tip(boundary))
                self.scene.addItem(item)
                self.layers["boundaries"].append(item)
            label = QGraphicsSimpleTextItem(boundary.name)
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setBrush(QColor("#37474f"))
            centre = (
                QPolygonF([project(x, y) for x, y in boundary.rings[0]]).boundingRect().center()
            )
            label.setPos(centre)
            label.setZValue(1)
            self.scene.addItem(label)
            self.view.labels.append(label)
        self._points("buildings", data.buildings, project, BUILDING, 5, "square", "")
        self._points("care", data.care, project, CARE, 8, "diamond", "household")
        for tone in (mq.CLOSED, mq.MERGED, mq.OPEN, mq.OVERDUE, mq.EMERGENCY):
            points = [p for p in data.events if p.tone == tone]
            self._points(
                tone,
                points,
                project,
                TONES[tone],
                11 if tone == mq.EMERGENCY else 9,
                "dot",
                "event",
            )
        for key, box in self.toggles.items():
            self.show_layer(key, box.isChecked())
        tally = {tone: sum(1 for p in data.events if p.tone == tone) for tone in TONES}
        self.counts.setText(
            self.tr(
                "微网格 {m} 个，楼栋 {b} 栋，关怀对象 {c} 人；事件：紧急 {e}，超期 {o}，办理中 {n}，"
                "近30天办结 {d}"
            ).format(
                m=len(data.boundaries),
                b=len(data.buildings),
                c=len(data.care),
                e=tally[mq.EMERGENCY],
                o=tally[mq.OVERDUE],
                n=tally[mq.OPEN],
                d=tally[mq.CLOSED],
            )
        )
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-200, -200, 200, 200))
        if first:
            self.fit()

    def _points(
        self,
        layer: str,
        points: list[mq.Point],
        project: Projection,
        colour: QColor,
        size: float,
        shape: str,
        kind: str,
    ) -> None:
        pen = QPen(colour.darker(150))
        pen.setCosmetic(True)
        brush = QBrush(colour)
        half = size / 2
        z = {"": 2, "household": 3, "event": 4}[kind] + (0.5 if layer == mq.EMERGENCY else 0)
        for p in points:
            item: QGraphicsItem
            if shape == "dot":
                item = QGraphicsEllipseItem(-half, -half, size, size)
            elif shape == "diamond":
                item = QGraphicsPolygonItem(
                    QPolygonF(
                        [QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)]
                    )
                )
            else:
                item = QGraphicsRectItem(-half, -half, size, size)
            item.setPen(pen)
            item.setBrush(brush)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            item.setPos(project(p.lon, p.lat))
            item.setZValue(z)
            item.setToolTip(p.label)
            if kind:
                item.setData(KIND, kind)
                item.setData(KEY, p.id)
            self.scene.addItem(item)
            self.layers[layer].append(item)

    def show_layer(self, key: str, on: bool) -> None:
        for item in self.layers.get(key, []):
            item.setVisible(on)
        if key == "boundaries":
            self.view.labels_on = on
            self.view.show_labels()

    def fit(self) -> None:
        self.view.fit()

    # --- clicks and import -------------------------------------------------------------------
    def clicked(self, item: QGraphicsItem) -> None:
        kind, key = item.data(KIND), item.data(KEY)
        self.last_click = (kind, key)
        if kind == "event":
            self.open_event(key)
        elif kind == "household":
            self.open_household(key)
        elif kind == "micro":
            self.info.setText(item.toolTip())

    def pick(self, kind: str, record_id: str, label: str) -> None:
        """The next click on the map places this event (or household)."""
        self.picking = (kind, record_id, label)
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.info.setText(self.tr("请在地图上点击 {label} 的位置").format(label=label))

    def picked(self, point: QPointF) -> bool:
        if self.picking is None or self.projection is None:
            return False
        kind, record_id, label = self.picking
        self.picking = None
        self.view.viewport().unsetCursor()
        lon, lat = self.projection.back(point)
        self.last_pick = (lon, lat)
        geo = self.app.geo
        if kind == "event":
            call = lambda: geo.place_event(record_id, lon, lat)  # noqa: E731
        else:
            call = lambda: geo.place_household(record_id, lon, lat)  # noqa: E731
        self.info.setText(
            self.tr("{label} 已标注于 {lon:.6f}, {lat:.6f}").format(label=label, lon=lon, lat=lat)
        )
        self.app.ops.write(call, owner=self, title=self.tr("未能导入"))
        return True

    def pick_geojson(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入 GeoJSON"), "", self.tr("GeoJSON (*.geojson *.json)")
        )
        if path:
            self.import_geojson(Path(path))

    def import_geojson(self, path: Path) -> None:
        geo = self.app.geo
        self.app.ops.write(
            lambda: geo.import_geojson(path), self._imported, owner=self, title=self.tr("未能导入")
        )

    def _imported(self, changes: Changes) -> None:
        self.app.notifier.inform(
            self, self.tr("已导入"), "\n".join(render(w) for w in changes.warnings)
        )


def shade(rate: float | None) -> QColor:
    """A micro-grid's fill: a campaign's coverage from light red (0 %) to deep green (100 %)."""
    if rate is None:
        return QColor(255, 255, 255, 150)
    low, high = QColor("#ffcdd2"), QColor("#2e7d32")
    mix = max(0.0, min(1.0, rate))
    return QColor(
        round(low.red() + (high.red() - low.red()) * mix),
        round(low.green() + (high.green() - low.green()) * mix),
        round(low.blue() + (high.blue() - low.blue()) * mix),
        190,
    )


def coverage_tip(boundary: mq.Boundary) -> str:
    if boundary.coverage is None:
        return boundary.name
    return QCoreApplication.translate("MapPage", "{name}：专项走访覆盖 {rate}%").format(
        name=boundary.name, rate=round(boundary.coverage * 100)
    )


def swatch(colour: QColor, shape: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour.darker(150)))
    painter.setBrush(colour if shape != "line" else Qt.BrushStyle.NoBrush)
    if shape == "dot":
        painter.drawEllipse(QRectF(2, 2, 10, 10))
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF([QPointF(7, 1), QPointF(13, 7), QPointF(7, 13), QPointF(1, 7)])
        )
    elif shape == "square":
        painter.drawRect(QRectF(3, 3, 8, 8))
    else:
        painter.setPen(QPen(colour, 2))
        painter.drawRect(QRectF(2, 2, 10, 10))
    painter.end()
    return QIcon(pixmap)
