#!/usr/bin/env bash
# Regenerates the committed icons from kvs-viewer.svg (run after editing the SVG):
#   kvs-viewer.png   256 px, Linux (jpackage --icon, desktop entry)
#   kvs-viewer.ico   16-256 px, Windows (no 128: stored uncompressed it alone would be 64 KB)
#   kvs-viewer.icns  16-256 px, macOS (256 serves a Retina Dock; 512 would double the size)
# Needs ImageMagick (convert) and png2icns (Debian/Ubuntu package icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256; do
    convert -background none -density 384 kvs-viewer.svg -resize "${size}x${size}" \
        -depth 8 -strip "PNG32:$tmp/$size.png"
done
cp "$tmp/256.png" kvs-viewer.png
convert "$tmp"/{16,24,32,48,64,256}.png kvs-viewer.ico
png2icns kvs-viewer.icns "$tmp"/{16,32,48,128,256}.png >/dev/null
ls -l kvs-viewer.png kvs-viewer.ico kvs-viewer.icns
