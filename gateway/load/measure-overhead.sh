#!/usr/bin/env bash
# What the gateway adds to a call: wrk on loopback, POST /api/v1/screenings straight to a fake lookup service and
# through the packaged gateway (production profile), same run, real Keycloak token. Needs wrk (apt-get install wrk).
#
#   gateway/load/measure-overhead.sh [seconds per run, default 20]
#
# Builds the gateway and its test classes, starts the test kit's Keycloak (embedded PostgreSQL, free ports), the
# fake service and the gateway, prints a table of p50/p99 latency and requests/s, and stops everything.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# measure-cpu.sh runs another main of gateway/src/test/java/org/sanctions/gateway/load the same way, with its own arguments
MAIN="${OVERHEAD_MAIN:-OverheadMeasurement}"
if [ "$MAIN" = OverheadMeasurement ]; then
    command -v wrk >/dev/null || { echo "measure-overhead.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
    ARGS=("${1:-20}" gateway/target/quarkus-app/quarkus-run.jar)
else
    ARGS=("$@")
fi
KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)"

./mvnw -B -q -o package -DskipTests -pl deploy/testkit,gateway
./mvnw -B -q -o dependency:build-classpath -pl gateway -Dmdep.includeScope=test \
    -Dmdep.outputFile="$ROOT/gateway/target/load.classpath" >/dev/null
CP="gateway/target/test-classes:gateway/target/classes:deploy/testkit/target/classes:$(cat gateway/target/load.classpath)"

exec java -Xmx512m ${OVERHEAD_JAVA_OPTS:-} -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -Dsanctions.project.root="$ROOT" -Dsanctions.keycloak.home="$ROOT/.local/keycloak-$KC_VERSION" \
    -cp "$CP" "org.sanctions.gateway.load.$MAIN" "${ARGS[@]}"
