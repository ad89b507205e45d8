#!/usr/bin/env bash
# Builds the container image of one service with Quarkus' Jib extension, without a Docker daemon.
#   deploy/images/build-image.sh SERVICE            -> SERVICE/target/SERVICE-image.tar (docker-archive)
#   PUSH_REGISTRY=registry.example.org deploy/images/build-image.sh SERVICE
#                                                   -> pushed to registry.example.org/sanctions/SERVICE:VERSION
# SERVICE is gateway, registry-service or lookup-service. The base image is pulled from its registry unless
# BASE_IMAGE names a local copy, e.g. BASE_IMAGE=tar:///path/openjdk-17-runtime.tar (a `docker save` or
# `skopeo copy ... docker-archive:` of registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24).
# Extra arguments go to Maven (e.g. -o, -Dquarkus.container-image.tag=1.2.0).
set -euo pipefail
cd "$(dirname "$0")/../.."
service="${1:?usage: $0 gateway|registry-service|lookup-service [maven args...]}"
shift
case "$service" in gateway|registry-service|lookup-service) ;; *) echo "unknown service $service" >&2; exit 2 ;; esac

args=(-B package -pl "$service" -DskipTests -Dquarkus.container-image.build=true)
if [[ -n "${BASE_IMAGE:-}" ]]; then
  args+=("-Dquarkus.jib.base-jvm-image=$BASE_IMAGE")
fi
if [[ -n "${PUSH_REGISTRY:-}" ]]; then
  args+=(-Dquarkus.container-image.push=true "-Dquarkus.container-image.registry=$PUSH_REGISTRY")
else
  tarball="$PWD/$service/target/$service-image.tar"
  args+=("-Dquarkus.jib.docker-executable-name=$PWD/deploy/images/docker-load-to-tar"
         "-Dquarkus.jib.docker-environment.IMAGE_TAR=$tarball")
fi
./mvnw "${args[@]}" "$@"
