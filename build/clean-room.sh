#!/usr/bin/env bash
# The newcomer's path, proved on a fresh machine: builds a clean Debian root with nothing in it but
# Node 20 (no browser, no git, no compiler), clones this repository's HEAD into it with ../shared
# beside it, and there runs the two commands of the README's Set-up section exactly as written:
# the first must install the browsers with apt-get and write the demo screenshot (there is no
# display), the second (npm test) must pass. The logs and the screenshot are kept in
# .cache/clean-room/; the root itself is deleted at the end.
#
#   sudo bash build/clean-room.sh        (root, on Debian, with the Debian mirror reachable)
#
# Not part of `npm test`: it needs root and takes the time of a full test run and more. The root is
# made with debootstrap (`--variant=minbase`: the smallest Debian that apt can run in) and entered
# with chroot inside `unshare --mount --pid`, so that what is mounted for it (/proc, /sys, /dev)
# and every process it starts end with it. CLEAN_ROOM sets where the root goes (outside the
# repository), SHARED where the shared folder is (else ../shared, as CI has it), KEEP_CLEAN_ROOM=1
# keeps the root afterwards for a look inside.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
root=${CLEAN_ROOM:-/var/tmp/quotelight-clean-room}
shared=${SHARED:-$repo/../shared}
logs="$repo/.cache/clean-room"
mirror=http://deb.debian.org/debian

fail() {
  echo "clean-room: $*" >&2
  exit 1
}

[[ $(id -u) == 0 ]] || fail "needs root (debootstrap, chroot and mounts): run it with sudo."
[[ $root == /* && $root != / ]] || fail "CLEAN_ROOM must be an absolute path other than /."
[[ $root/ != "$repo"/* ]] || fail "CLEAN_ROOM ($root) must be outside the repository."
[[ ! -e $root ]] || fail "$root already exists: remove it, or set CLEAN_ROOM to another place."
[[ -d $shared/corpus ]] || fail "$shared has no corpus: set SHARED to the folder that holds shared/corpus."
# shellcheck disable=SC1091 # the host's own release file
suite=$(. /etc/os-release && [[ $ID == debian ]] && echo "${VERSION_CODENAME:-}") || true
[[ -n $suite ]] || fail "needs a Debian host (its release, from /etc/os-release, is the room's)."
node_version=$(node --version)
[[ $node_version == v20.* ]] || fail "the room gets this machine's Node, which is $node_version, not 20."
[[ -z $(git -C "$repo" status --porcelain --untracked-files=no) ]] ||
  echo "clean-room: uncommitted changes are not tested: the room gets HEAD ($(git -C "$repo" rev-parse --short HEAD))."

remove_root() {
  if [[ ${KEEP_CLEAN_ROOM:-} == 1 ]]; then
    echo "clean-room: kept $root"
  else
    # Whatever was mounted in it was mounted in the namespace of `unshare`, gone by now;
    # --one-file-system makes sure nothing still mounted there is followed.
    rm -rf --one-file-system "$root"
  fi
}
trap remove_root EXIT

rm -rf "$logs"
mkdir -p "$logs"
step() { echo "clean-room: $*" | tee -a "$logs/summary.txt"; }

# The root: minimal Debian of the host's release, with the package sources a Debian image of that
# release comes with (its security and updates suites bring today's browsers).
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
step "debootstrap $suite into $root"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$logs/debootstrap.log"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Where this machine's network re-signs HTTPS with a certificate authority of its own (Node is told
# of it in NODE_EXTRA_CA_CERTS), the room trusts the same: the network's doing, not the project's.
extra_ca=()
if [[ -n ${NODE_EXTRA_CA_CERTS:-} ]]; then
  mkdir -p "$root/etc/quotelight-clean-room"
  cp "$NODE_EXTRA_CA_CERTS" "$root/etc/quotelight-clean-room/extra-ca.crt"
  extra_ca=(NODE_EXTRA_CA_CERTS=/etc/quotelight-clean-room/extra-ca.crt)
fi

# Node 20 as the official images install it: node and npm under /usr/local.
npm_dir=$(npm root -g)/npm
mkdir -p "$root/usr/local/bin" "$root/usr/local/lib/node_modules"
cp "$(readlink -f "$(command -v node)")" "$root/usr/local/bin/node"
cp -r "$npm_dir" "$root/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"

# The repository as committed, and the shared corpus beside it, read-only as CI has it.
git clone --quiet --no-hardlinks "$repo" "$root/work/quotelight"
git -C "$root/work/quotelight" checkout --quiet --detach "$(git -C "$repo" rev-parse HEAD)"
cp -r "$shared" "$root/work/shared"
chmod -R a-w "$root/work/shared"

# Runs a command line in the room, as root, in the repository, with a clean environment: no
# DISPLAY, so `npm start` takes its path for machines without a display.
in_room() {
  unshare --mount --pid --fork --kill-child bash -c '
    set -e
    root=$1
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --bind /dev "$root/dev"
    mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
    exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${@:3}" \
      bash -c "cd /work/quotelight && $2"
  ' clean-room "$root" "$1" "${extra_ca[@]}"
}

# The README's commands, as committed: the lines of the first sh block of its Set-up section.
mapfile -t commands < <(awk '
  /^## / { inside = ($0 == "## Set-up") }
  inside && /^```sh$/ { block = 1; next }
  block && /^```$/ { exit }
  block { print }
' "$root/work/quotelight/README.md")
[[ ${#commands[@]} == 2 ]] || fail "expected the README's Set-up section to open with two commands."

step "in the room: ${commands[0]}"
in_room "${commands[0]}" >"$logs/setup.log" 2>&1 || fail "the first command failed: see $logs/setup.log"
in_room "dpkg-query -W -f '\${Package} \${Version}\n' chromium firefox-esr git" | tee -a "$logs/summary.txt" ||
  fail "the browsers and git were not installed with apt-get: see $logs/setup.log"
cp "$root/work/quotelight/.cache/quotelight-demo.png" "$logs/" ||
  fail "npm start wrote no screenshot: see $logs/setup.log"
step "demo screenshot: $logs/quotelight-demo.png"

step "in the room: ${commands[1]}"
started=$SECONDS
status=0
in_room "${commands[1]}" >"$logs/test.log" 2>&1 || status=$?
step "$(grep -E '^# (tests|pass|fail|skipped) ' "$logs/test.log" | tr '\n' ' ')in $(((SECONDS - started) / 60)) min"
((status == 0)) || fail "npm test failed (exit $status): see $logs/test.log"
step "both commands passed"
