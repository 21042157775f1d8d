"""Draw the simple logos of the demo network's institutions into indie_desktop/resources/logos.

    python tools/make_demo_logos.py

Run once by a developer (the PNGs are committed); uses Pillow, which reportlab depends on.
Each logo: a coloured rounded square with the institution's initials, its short name beside it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indie_desktop.domain.network_members import NETWORK_MEMBERS  # noqa: E402
from indie_desktop.services.demo.logos import COLOURS, initials, logo_name  # noqa: E402

FONTS = ROOT / "indie_desktop" / "resources" / "fonts"
OUT = ROOT / "indie_desktop" / "resources" / "logos"
HEIGHT = 90  # pixels of the stored logo


def draw(short_name: str, colour: tuple[int, int, int]) -> Image.Image:
    height = 200
    text_font = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 64)
    label = re.sub(r"\s+", " ", short_name)
    text_width = int(text_font.getlength(label))
    width = height + 30 + text_width + 10
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, height - 1, height - 1), radius=36, fill=(*colour, 255))
    letters = initials(short_name)
    size = 84 if len(letters) <= 2 else 64
    font = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), size)
    box = d.textbbox((0, 0), letters, font=font)
    x = (height - (box[2] - box[0])) / 2 - box[0]
    y = (height - (box[3] - box[1])) / 2 - box[1]
    d.text((x, y), letters, font=font, fill=(255, 255, 255, 255))
    box = d.textbbox((0, 0), label, font=text_font)
    d.text(
        (height + 30, (height - (box[3] - box[1])) / 2 - box[1]),
        label,
        font=text_font,
        fill=(*[int(c * 0.6) for c in colour], 255),
    )
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for i, member in enumerate(NETWORK_MEMBERS):
        image = draw(member.short_name, COLOURS[i % len(COLOURS)])
        # Small enough to embed quickly in every printout: 45 mm wide at ~200 dpi.
        image = image.resize((image.width * HEIGHT // image.height, HEIGHT), Image.LANCZOS)
        image.save(OUT / Path(logo_name(member.short_name)).name, optimize=True)
        print(OUT / Path(logo_name(member.short_name)).name)


if __name__ == "__main__":
    main()
