#!/bin/bash
# Installs itadesk for a shared server on which roles cannot be bypassed (see the README):
# builds and installs it, creates the system group `itadesk`, makes the binary setgid
# itadesk (root:itadesk 2755) and the data folder 2770 root:itadesk holding the database
# 0660. Users are not put in the group, so only itadesk can open the file. Run as root;
# running it again upgrades the binary and the database and keeps the data.
#
#   scripts/install-server.sh [--prefix DIR] [--data-dir DIR] [--admin LOGIN]
#                             [--build-dir DIR] [--jobs N]
#
#   --prefix    where itadesk is installed (default /usr/local)
#   --data-dir  the data folder (default /var/lib/itadesk; PREFIX/var/lib/itadesk for a
#               prefix outside /usr)
#   --admin     a Unix login to make admin for every agency (root, who creates the
#               database, is the first)
set -eu
prefix=/usr/local
data=""
admin=""
build=""
jobs=2
src=$(cd "$(dirname "$0")/.." && pwd)

die() {
    echo "install-server.sh: $*" >&2
    exit 1
}
while [ $# -gt 0 ]; do
    case "$1" in
    --prefix) prefix=${2:?}; shift 2 ;;
    --data-dir) data=${2:?}; shift 2 ;;
    --admin) admin=${2:?}; shift 2 ;;
    --build-dir) build=${2:?}; shift 2 ;;
    --jobs) jobs=${2:?}; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
    esac
done
[ "$(id -u)" -eq 0 ] || die "run it as root (it creates a group and a setgid program)"
case "$prefix" in /*) ;; *) die "--prefix must be an absolute path" ;; esac
if [ -z "$data" ]; then
    case "$prefix" in
    /usr | /usr/local) data=/var/lib/itadesk ;;
    *) data="$prefix/var/lib/itadesk" ;;
    esac
fi
case "$data" in /*) ;; *) die "--data-dir must be an absolute path" ;; esac
[ -n "$build" ] || build=$(mktemp -d /tmp/itadesk-build-XXXXXX)
mkdir -p "$build"

getent group itadesk >/dev/null || groupadd --system itadesk
echo "Building itadesk (data folder $data)..."
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DITADESK_SERVER_DIR="$data" -DITADESK_TESTS=OFF -DITADESK_BENCH=OFF -DITADESK_FUZZ=OFF \
    >"$build/configure.log" || die "cmake failed: see $build/configure.log"
cmake --build "$build" -j"$jobs" >"$build/build.log" || die "the build failed: see $build/build.log"
cmake --install "$build" >"$build/install.log" || die "install failed: see $build/install.log"

bin="$prefix/bin/itadesk"
chown root:itadesk "$bin"
chmod 2755 "$bin"
# The folder's setgid bit gives the database and its -wal/-shm files the group.
install -d -o root -g itadesk -m 2770 "$data"
# Root creates (or upgrades) the database and so becomes its first admin.
"$bin" init >/dev/null
chown root:itadesk "$data"/itadesk.db*
chmod 0660 "$data"/itadesk.db*
if [ -n "$admin" ]; then
    "$bin" user add "$admin" --role admin >/dev/null 2>&1 ||
        "$bin" user set "$admin" --role admin >/dev/null
fi
echo "itadesk is installed in $prefix (setgid itadesk); the database is $data/itadesk.db."
echo "Add people with: $bin user add LOGIN --role officer|reviewer|viewer [--agency ID]"
