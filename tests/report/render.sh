#!/usr/bin/env bash
# render.sh REPORT_TEST OUT_DIR — report.html must render to visible content in a browser.
# Writes the synthetic single-run, comparison and NER pages (report_test), screenshots each with
# headless Chromium, and checks each PNG against a blank page rendered the same way: a
# rendered report compresses to about 20 times the bytes of a blank page; under 5 times means
# nothing much was drawn. Exit 77 (skip) without Chromium. The screenshots stay in OUT_DIR
# to look at.
set -euo pipefail
report_test=$1
out=$2
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIP: chromium is not installed (Debian: apt-get install chromium fonts-noto-cjk)"
  exit 77
fi
rm -rf "$out"
mkdir -p "$out"
"$report_test" "$out" >/dev/null
printf '%s\n' '<!DOCTYPE html>' '<html><head><meta charset="utf-8"><title>blank</title></head>' \
  '<body></body></html>' >"$out/blank.html"

shoot() { # shoot NAME: $out/NAME.html -> $out/NAME.png
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --no-first-run --user-data-dir="$out/profile" --window-size=1200,2400 \
    --screenshot="$out/$1.png" "file://$out/$1.html" >"$out/$1.log" 2>&1 || true
  if [ ! -s "$out/$1.png" ]; then
    echo "FAIL: chromium wrote no screenshot of $1.html"
    cat "$out/$1.log"
    exit 1
  fi
}

# Width and height from the PNG's IHDR chunk (bytes 16..23, big-endian).
dimensions() {
  od -An -tu1 -j16 -N8 "$1" |
    awk '{ printf "%d %d\n", (($1*256+$2)*256+$3)*256+$4, (($5*256+$6)*256+$7)*256+$8 }'
}

shoot blank
blank=$(stat -c %s "$out/blank.png")
status=0
for page in report compare ner; do
  shoot "$page"
  size=$(stat -c %s "$out/$page.png")
  read -r width height < <(dimensions "$out/$page.png")
  if [ "$(head -c 8 "$out/$page.png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
    echo "FAIL: $page.png is not a PNG"
    status=1
  elif [ "$width" -ne 1200 ] || [ "$height" -ne 2400 ]; then
    echo "FAIL: $page.png is ${width}x${height}, expected 1200x2400"
    status=1
  elif [ "$size" -lt $((blank * 5)) ]; then
    echo "FAIL: $page.png is $size bytes, a blank page is $blank: nothing rendered"
    status=1
  else
    echo "ok: $page.png ${width}x${height}, $size bytes (blank page: $blank bytes)"
  fi
done
exit $status
