"""Text fitting never draws past its box, whatever the text (names, addresses, footers)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from indie_desktop.printing.fonts import FONT, register_fonts
from indie_desktop.printing.layout import fit_lines, fit_one_line, wrap

register_fonts()
TEXT = st.text(
    alphabet=st.sampled_from([*"aeinrstuWÄÖÜäöüßŁłŚśŞşİıÑñëé€&-.,/ ", "\u00a0"]),
    max_size=120,
)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(TEXT, max_size=14), width=st.floats(min_value=40, max_value=300))
def test_fitted_lines_stay_inside_width_and_line_count(lines: list[str], width: float) -> None:
    fitted = fit_lines(lines, FONT, width, 9, max_size=10, min_size=7, height=108)
    assert 7 <= fitted.size <= 10
    assert len(fitted.lines) <= 9
    assert len(fitted.lines) * fitted.leading <= 108 + 1e-6
    for line in fitted.lines:
        assert stringWidth(line, FONT, fitted.size) <= width + 1e-6


@settings(max_examples=150, deadline=None)
@given(text=TEXT, width=st.floats(min_value=20, max_value=300))
def test_wrapped_lines_fit_and_keep_every_character(text: str, width: float) -> None:
    lines = wrap(text, FONT, 9, width)
    for line in lines:
        assert stringWidth(line, FONT, 9) <= width + 1e-6
    assert "".join("".join(lines).split(" ")) == "".join(text.split(" "))


def test_one_line_shrinks_first_and_cuts_only_when_it_must() -> None:
    size, text = fit_one_line("Müller & Söhne GmbH & Co. KG", FONT, 120, max_size=10, min_size=7)
    assert text == "Müller & Söhne GmbH & Co. KG" and size < 10
    size, text = fit_one_line("x" * 200, FONT, 50, max_size=10, min_size=7)
    assert size == 7 and text.endswith("…") and stringWidth(text, FONT, 7) <= 50
