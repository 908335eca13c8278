"""The model part of Settings: context window, temperature, streaming and the price table.

Why its own widget: the Settings dialog stays small, and these fields are saved through
``ProviderSettings.edited`` so a save never wipes what the user set by hand (prices).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QSpinBox, QWidget,
)

from editor_app.llm.settings import PRESETS, ModelPrice, ProviderSettings

PRICE_HELP = "One model a line: name, USD per 1M input tokens, output, cached input (optional)."


def prices_text(prices: dict[str, ModelPrice]) -> str:
    lines = []
    for name, p in sorted(prices.items()):
        cached = f" {p.cached_input:g}" if p.cached_input is not None else ""
        lines.append(f"{name} {p.input:g} {p.output:g}{cached}")
    return "\n".join(lines)


def parse_prices(text: str) -> dict[str, ModelPrice]:
    """The table from its text; a bad line raises ValueError naming it."""
    out: dict[str, ModelPrice] = {}
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.replace(",", " ").split()
        if not parts:
            continue
        try:
            numbers = [float(x) for x in parts[1:]]
            if len(numbers) not in (2, 3):
                raise ValueError
            out[parts[0]] = ModelPrice(input=numbers[0], output=numbers[1],
                                       cached_input=numbers[2] if len(numbers) == 3 else None)
        except ValueError:
            raise ValueError(f"price line {n} ({line.strip()!r}): {PRICE_HELP}") from None
    return out


class ModelSettingsBox(QGroupBox):
    def __init__(self, current: ProviderSettings, parent: QWidget | None = None) -> None:
        super().__init__("Model", parent)
        self.context = QSpinBox()
        self.context.setRange(1024, 2_000_000)
        self.context.setSingleStep(1024)
        self.context.setValue(current.context_window)
        self.context_note = QLabel()
        self.context_note.setObjectName("note")
        self.context_note.setWordWrap(True)
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(current.temperature if current.temperature is not None else 0.2)
        self.stream = QCheckBox("Show replies as they are written")
        self.stream.setChecked(current.stream)
        self.prices = QPlainTextEdit(prices_text(current.prices))
        self.prices.setPlaceholderText(PRICE_HELP + "\ne.g. my-model 0.5 1.5")
        self.prices.setMaximumHeight(80)
        form = QFormLayout(self)
        form.addRow("Context window (tokens)", self.context)
        form.addRow("", self.context_note)
        form.addRow("Temperature", self.temperature)
        form.addRow("", self.stream)
        form.addRow("Prices", self.prices)
        self.set_preset(current.preset, keep=True)

    def set_preset(self, preset: str, keep: bool = False) -> None:
        if not keep and "context_window" in PRESETS.get(preset, {}):
            self.context.setValue(PRESETS[preset]["context_window"])
        how = ProviderSettings(preset=preset).context_howto(self.context.value())
        self.context_note.setText(f"Must match the server: {how}." if how else "")

    def apply(self, settings: ProviderSettings) -> ProviderSettings:
        """``settings`` with this box's values (raises ValueError on a bad price line)."""
        return ProviderSettings(**{**settings.model_dump(), "context_window": self.context.value(),
                                   "temperature": round(self.temperature.value(), 2),
                                   "stream": self.stream.isChecked(),
                                   "prices": parse_prices(self.prices.toPlainText())})
