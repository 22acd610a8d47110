#!/usr/bin/env bash
# Lists every C file under compiler/, runtime/ and tests/ that clang-format would change.
set -u
src=$1
cf=$(command -v clang-format-14 || command -v clang-format) || { echo "no clang-format: skipped"; exit 77; }
cd "$src" || exit 1
bad=0
while IFS= read -r f; do
  if ! "$cf" --style=file "$f" | cmp -s - "$f"; then echo "not formatted: $f"; bad=1; fi
done < <(find compiler runtime tests \( -name '*.c' -o -name '*.h' \) | sort)
[ $bad = 0 ] && echo "all sources follow .clang-format (fix with: clang-format -i FILE)"
exit $bad
