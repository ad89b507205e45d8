#!/usr/bin/env bash
# Builds a JRE 17 base image as a docker-archive tarball from Debian packages only (debootstrap), for
# machines that reach a Debian mirror but no container registry. Jib uses it with
#   BASE_IMAGE=tar://$PWD/target/debian-jre17-base.tar deploy/images/build-image.sh gateway
# The production base stays registry.access.redhat.com/ubi9/openjdk-17-runtime; this is the offline stand-in
# that the image build was verified with. Needs root and debootstrap (apt-get install debootstrap).
set -euo pipefail
out="${1:-$(cd "$(dirname "$0")/../.." && pwd)/target/debian-jre17-base.tar}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$work/rootfs" "$mirror"
chroot "$work/rootfs" useradd --uid 185 --user-group --create-home --home-dir /home/jboss jboss
rm -rf "$work/rootfs"/var/cache/apt/archives/*.deb "$work/rootfs"/var/lib/apt/lists/*

mkdir "$work/image"
tar --numeric-owner -C "$work/rootfs" -cf "$work/image/layer.tar" .
layer_sha="$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
cat > "$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"User":"185","Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_sha"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["sanctions/debian-jre:17"],"Layers":["layer.tar"]}]' > "$work/image/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work/image" -cf "$out" manifest.json config.json layer.tar
echo "Wrote $out"
