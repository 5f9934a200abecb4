#!/usr/bin/env bash
# Build the root filesystem of the offline sandbox base and write it as a tar archive.
#
#   debootstrap-base.sh OUTPUT_TAR [MIRROR]
#
# The archive is meant for `docker import`; evalperf.sandbox.image does that and tags the
# result evalperf-base:<hash of this file>, so editing this file is what triggers a new base.
# Needs root (debootstrap chroots and creates device nodes), debootstrap, tar, and the
# Debian archive keyring (debian-archive-keyring) to verify the mirror's Release file.
#
# What is inside: Debian bookworm minbase, Python 3.11 (python3-minimal for the interpreter,
# libpython3.11-stdlib for json, ctypes, resource ...) and valgrind with only the callgrind and
# cachegrind tools. No security-suite upgrade on purpose: the candidate code already runs as the
# sandbox user, the boundary is the kernel and Docker's confinement, and a base built from the
# suite alone is the same on every machine that uses the same mirror snapshot.
set -euo pipefail

readonly SUITE=bookworm
readonly PACKAGES=python3-minimal,libpython3.11-stdlib,valgrind
# valgrind tools kept in the image; the others (memcheck, helgrind, drd, massif, dhat, lackey,
# none, exp-bbv) are 2-3 MB each and no meter uses them.
readonly KEEP_TOOLS="callgrind cachegrind"
# Python modules the runner and the candidates rely on; the build fails if one cannot import.
readonly REQUIRED_MODULES="json, ctypes, resource, signal, select, hashlib, random, bisect, heapq, collections, itertools, functools, math"

usage() {
    echo "usage: $0 OUTPUT_TAR [MIRROR]" >&2
    exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
output=$1
mirror=${2:-http://deb.debian.org/debian}

if [[ $(id -u) -ne 0 ]]; then
    echo "error: $0 must run as root (debootstrap needs it)" >&2
    exit 1
fi
command -v debootstrap >/dev/null || { echo "error: debootstrap is not installed (apt-get install debootstrap)" >&2; exit 1; }

workdir=$(mktemp -d "${TMPDIR:-/tmp}/evalperf-rootfs.XXXXXX")
rootfs=$workdir/rootfs

cleanup() {
    # debootstrap unmounts what it mounted, but not when it is killed: never rm -rf through a
    # mount point into the host's /dev or /proc.
    local mnt
    if [[ -r /proc/self/mountinfo ]]; then
        awk -v root="$rootfs" '$5 == root || index($5, root "/") == 1 { print $5 }' /proc/self/mountinfo \
            | sort -r | while read -r mnt; do umount -l "$mnt" 2>/dev/null || true; done
    fi
    rm -rf --one-file-system "$workdir"
}
trap cleanup EXIT

echo "evalperf: debootstrap $SUITE (minbase + $PACKAGES) from $mirror"
debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$rootfs" "$mirror"

echo "evalperf: checking the Python modules"
chroot "$rootfs" /usr/bin/python3 -c "import $REQUIRED_MODULES"

echo "evalperf: stripping the root filesystem"
# Documentation, manuals, translations, package indexes and caches: nothing runs them.
rm -rf "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
       "$rootfs"/usr/share/locale/* "$rootfs"/usr/share/lintian "$rootfs"/usr/share/bash-completion \
       "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
       "$rootfs"/var/lib/dpkg/*-old "$rootfs"/var/log/* "$rootfs"/tmp/* "$rootfs"/var/tmp/*
# Valgrind: only the kept tools for this architecture, plus the preload every tool needs.
# The headers and static libraries are for building tools, the dhat viewer for memory profiles.
arch=$(chroot "$rootfs" dpkg --print-architecture)
case $arch in
    amd64) vg_arch=amd64 ;;
    arm64) vg_arch=arm64 ;;
    *) echo "error: unsupported architecture $arch" >&2; exit 1 ;;
esac
for tool_file in "$rootfs"/usr/libexec/valgrind/*-linux "$rootfs"/usr/libexec/valgrind/vgpreload_*-linux.so; do
    name=$(basename "$tool_file")
    keep=no
    [[ $name == vgpreload_core-$vg_arch-linux.so ]] && keep=yes
    for tool in $KEEP_TOOLS; do
        [[ $name == "$tool-$vg_arch-linux" ]] && keep=yes
    done
    [[ $keep == yes ]] || rm -f "$tool_file"
done
rm -rf "$rootfs"/usr/libexec/valgrind/dh_view.* "$rootfs"/usr/include/valgrind \
       "$rootfs"/usr/lib/*-linux-gnu/valgrind "$rootfs"/usr/lib/*-linux-gnu/pkgconfig/valgrind.pc
# Docker provides these at run time; the copies debootstrap took from the host must not leak in.
rm -f "$rootfs"/etc/resolv.conf "$rootfs"/etc/hostname
# No set-user-ID programs: the container runs with no-new-privileges anyway, this is a second lock.
find "$rootfs" -xdev -type f -perm /6000 -exec chmod ug-s {} +
chmod 1777 "$rootfs"/tmp "$rootfs"/var/tmp

echo "evalperf: writing $output"
tar --numeric-owner --one-file-system -C "$rootfs" \
    --exclude=./dev/* --exclude=./proc/* --exclude=./sys/* \
    -cf "$output.partial" .
mv "$output.partial" "$output"
echo "evalperf: root filesystem of $(du -sh --apparent-size "$output" | cut -f1) written"
