#!/bin/sh
# Makes the README's pictures: the first page of each yearly document of the demo data
# (analysis, progress report, covering memo), rendered from the PDF with pdftoppm.
# Usage: scripts/doc-pictures.sh [BUILD_DIR]
set -eu
build=${1:-build}
itadesk="$build/cli/itadesk"
[ -x "$itadesk" ] || { echo "build first: cmake --build $build --target itadesk" >&2; exit 1; }
work=$(mktemp -d /tmp/itadesk-pictures-XXXXXX)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 LANGUAGE=th ITADESK_TODAY=2025-01-15
db="$work/demo.db"
"$itadesk" --db "$db" init --demo >/dev/null
mkdir -p docs
picture() {
    name=$1
    shift
    "$itadesk" --db "$db" report "$@" --format pdf -o "$work/$name.pdf"
    pdftoppm -png -r 72 -f 1 -l 1 -singlefile "$work/$name.pdf" "docs/$name"
    echo "docs/$name.png"
}
picture analysis analysis --agency 1 --year 2567
picture progress progress --agency 1 --year 2568
picture memo memo --agency 1 --year 2567 --about analysis
