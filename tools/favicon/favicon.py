#!/usr/bin/env python3
"""Writes wwwroot/favicon.svg and wwwroot/favicon.ico from one design: two overlapping rings,
two parties working together, white on the accent blue of the theme. Standard library only.
Run it again after changing the design: python3 tools/favicon/favicon.py"""
import os
import struct

BLUE = (0x00, 0x62, 0xBA)
WHITE = (0xFF, 0xFF, 0xFF)
SIZE, CORNER = 32, 7
RINGS = [(12, 16), (20, 16)]
RADIUS, STROKE = 7, 3

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">
  <rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="#{BLUE[0]:02x}{BLUE[1]:02x}{BLUE[2]:02x}"/>
{"".join(f'  <circle cx="{x}" cy="{y}" r="{RADIUS}" fill="none" stroke="#fff" stroke-width="{STROKE}"/>' + chr(10) for x, y in RINGS)}</svg>
"""


def inside_square(x, y):
    # The rounded square: outside it only near a corner, beyond the corner's circle.
    cx = min(max(x, CORNER), SIZE - CORNER)
    cy = min(max(y, CORNER), SIZE - CORNER)
    return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2


def on_ring(x, y):
    return any(abs(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 - RADIUS) <= STROKE / 2 for cx, cy in RINGS)


def pixels(size, samples=4):
    """Rows top to bottom of (r, g, b, a), each pixel averaged over samples × samples points."""
    scale = SIZE / size
    rows = []
    for row in range(size):
        line = []
        for column in range(size):
            colour, cover = [0.0, 0.0, 0.0], 0
            for i in range(samples):
                for j in range(samples):
                    x = (column + (j + 0.5) / samples) * scale
                    y = (row + (i + 0.5) / samples) * scale
                    if inside_square(x, y):
                        cover += 1
                        source = WHITE if on_ring(x, y) else BLUE
                        colour = [c + s for c, s in zip(colour, source)]
            alpha = cover / samples ** 2
            line.append(tuple(round(c / cover) if cover else 0 for c in colour) + (round(alpha * 255),))
        rows.append(line)
    return rows


def bitmap(size):
    """One icon image: a 32-bit BMP without file header, bottom row first, and its AND mask."""
    rows = pixels(size)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    colours = b"".join(bytes((b, g, r, a)) for line in reversed(rows) for r, g, b, a in line)
    mask_row = ((size + 31) // 32) * 4
    mask = b"".join(bytes(mask_row) for _ in range(size))
    return header + colours + mask


def ico(sizes):
    images = [bitmap(size) for size in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, image in zip(sizes, images):
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return out + b"".join(images)


if __name__ == "__main__":
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "Samskap.Web", "wwwroot")
    with open(os.path.join(root, "favicon.svg"), "w", encoding="utf-8", newline="\n") as f:
        f.write(SVG)
    with open(os.path.join(root, "favicon.ico"), "wb") as f:
        f.write(ico([16, 32]))
