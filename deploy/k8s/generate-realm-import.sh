#!/usr/bin/env bash
# Regenerates deploy/k8s/overlays/{dev,prod}/realm-import.yaml from deploy/keycloak/sanctions-realm.json.
# The test RealmImportTest fails while the committed files differ from what this writes.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl deploy/k8s/tests compile exec:java "$@"
