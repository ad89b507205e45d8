#!/usr/bin/env bash
# One-command local run of the whole system on this machine, with nothing but a JDK 17+ (Maven comes via ./mvnw):
# PostgreSQL (embedded, or yours via DB_URL/DB_USER/DB_PASSWORD), Keycloak, registry-service, lookup-service,
# gateway, then the demo data. Each starts only when the one before is ready.
#
#   deploy/local/run.sh             start, stay attached; Ctrl-C stops everything
#   deploy/local/run.sh --detach    start and return; stop later with --stop
#   deploy/local/run.sh --stop      stop everything a previous run started
#   deploy/local/run.sh --status    what runs, on which port, with how much memory
#   deploy/local/run.sh --reset     stop, then wipe local data (downloads and builds stay)
#
# Everything lives in the ignored folder .local/: postgres/ (database files), keycloak-<version>/ (distribution,
# unpacked by Maven), run/ (logs and pids).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/.local"
RUN_DIR="$LOCAL/run"
PG_DATA="$LOCAL/postgres"
KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")"
KC_HOME="$LOCAL/keycloak-$KC_VERSION"
# The same build options as the tests (org.sanctions.testkit.KeycloakDist): one build serves both.
KC_BUILD_OPTIONS=(--db=postgres --health-enabled=true)
LAUNCHER_JAR="$ROOT/deploy/local/launcher/target/launcher.jar"
DEMO_LOADER="$ROOT/deploy/local/demo-data/load.sh"

PG_PORT=5433
KC_PORT=8180
KC_MANAGEMENT_PORT=8190
GATEWAY_PORT=8080
# the gateway answers health and metrics here only (Quarkus management interface), not on its public port
GATEWAY_MANAGEMENT_PORT=9080
REGISTRY_PORT=8081
LOOKUP_PORT=8082
ISSUER="http://localhost:$KC_PORT/realms/sanctions"
SERVICES=(registry-service lookup-service gateway)
STOP_ORDER=(gateway lookup-service registry-service keycloak postgres)
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--XX:+UseSerialGC -Xmx512m}"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

port_of() {
    case "$1" in
        postgres) echo "$PG_PORT" ;; keycloak) echo "$KC_PORT" ;; gateway) echo "$GATEWAY_PORT" ;;
        registry-service) echo "$REGISTRY_PORT" ;; lookup-service) echo "$LOOKUP_PORT" ;;
    esac
}

# Where a service answers /q/health: the gateway on its management port, the others on their own.
health_port_of() {
    if [ "$1" = gateway ]; then echo "$GATEWAY_MANAGEMENT_PORT"; else port_of "$1"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# HTTP status of a GET on 127.0.0.1, with bash's /dev/tcp so that curl is not needed.
http_status() {
    local port="$1" path="$2" line=""
    exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
    printf 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
    IFS=' ' read -r -t 5 _ line _ <&3 || true
    exec 3<&- 3>&-
    echo "${line:-000}"
}

# ---- processes: a pid file each, holding the pid and its start time, which guards against recycled pids ----

started_at() { ps -o lstart= -p "$1" 2>/dev/null; }

pid_of() {
    local file="$RUN_DIR/$1.pid" pid recorded
    [ -f "$file" ] || return 1
    { read -r pid; read -r recorded; } <"$file" || true
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(started_at "$pid")" = "$recorded" ]; then
        echo "$pid"
    else
        rm -f "$file"
        return 1
    fi
}

# Starts a command in the background in its own process group (set -m), output to .local/run/NAME.log.
launch() {
    local name="$1"; shift
    printf '\n==== %s %s\n' "$(date -Is)" "$*" >>"$RUN_DIR/$name.log"
    set -m
    nohup "$@" >>"$RUN_DIR/$name.log" 2>&1 </dev/null &
    printf '%s\n%s\n' "$!" "$(started_at $!)" >"$RUN_DIR/$name.pid"
    set +m
}

await() {
    local name="$1" seconds="$2" check="$3"; shift 3
    local deadline=$((SECONDS + seconds))
    until "$check" "$@"; do
        pid_of "$name" >/dev/null || { tail -n 30 "$RUN_DIR/$name.log" >&2; die "$name exited, see $RUN_DIR/$name.log"; }
        [ "$SECONDS" -lt "$deadline" ] || die "$name not ready after ${seconds}s, see $RUN_DIR/$name.log"
        sleep 0.5
    done
}

ready_200() { [ "$(http_status "$1" "$2" 2>/dev/null)" = 200 ]; }
# The launcher prints READY once its databases exist; the log is appended to, so look past this run's start.
postgres_ready() { tail -c "+$((PG_LOG_OFFSET + 1))" "$RUN_DIR/postgres.log" | grep -q '^READY'; }

stop_one() {
    local name="$1" pid waited=0
    pid="$(pid_of "$name")" || return 0
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 60 ]; do sleep 0.5; waited=$((waited + 1)); done
    if kill -0 "$pid" 2>/dev/null; then
        log "$name did not stop in 30s, killing it"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN_DIR/$name.pid"
}

# The launcher stops PostgreSQL on its way out; should it have been killed, PostgreSQL would outlive it.
stop_orphaned_postgres() {
    local pid
    [ -f "$PG_DATA/postmaster.pid" ] || return 0
    pid="$(head -n 1 "$PG_DATA/postmaster.pid")"
    if kill -0 "$pid" 2>/dev/null && ps -o args= -p "$pid" | grep -q postgres; then
        log "stopping orphaned PostgreSQL (pid $pid)"
        kill -INT "$pid"
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
}

stop_all() {
    local name stopped=()
    for name in "${STOP_ORDER[@]}"; do
        pid_of "$name" >/dev/null && stopped+=("$name")
        stop_one "$name"
    done
    stop_orphaned_postgres
    for name in ${stopped[@]+"${stopped[@]}"}; do
        port_in_use "$(port_of "$name")" && log "warning: port $(port_of "$name") ($name) is still in use"
    done
    return 0
}

anything_running() {
    local name
    for name in "${STOP_ORDER[@]}"; do pid_of "$name" >/dev/null && return 0; done
    return 1
}

# ---- build: jars when missing or older than their sources; Keycloak unpacked and built once ----

stale() {
    local jar="$1" module="$2"
    [ -f "$jar" ] || return 0
    [ -n "$(find "$ROOT/$module/src" "$ROOT/$module/pom.xml" "$ROOT/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]
}

build_jars() {
    local module modules=()
    for module in "${SERVICES[@]}"; do
        stale "$ROOT/$module/target/quarkus-app/quarkus-run.jar" "$module" && modules+=("$module")
    done
    stale "$LAUNCHER_JAR" deploy/local/launcher && modules+=(deploy/local/launcher)
    [ "${#modules[@]}" -eq 0 ] && return 0
    log "building ${modules[*]} (./mvnw -DskipTests package; the first time downloads the dependencies)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package -am -pl "$(IFS=,; echo "${modules[*]}")") \
        >"$RUN_DIR/build.log" 2>&1 || { tail -n 40 "$RUN_DIR/build.log" >&2; die "build failed, see $RUN_DIR/build.log"; }
}

# The execution unpack-keycloak of the parent POM; the tests use the same folder.
unpack_keycloak() {
    [ -f "$KC_HOME/bin/kc.sh" ] && return 0
    log "unpacking Keycloak $KC_VERSION from Maven into $KC_HOME (once)"
    (cd "$ROOT" && ./mvnw -B -q -N dependency:unpack@unpack-keycloak) >"$RUN_DIR/keycloak-unpack.log" 2>&1 \
        || { tail -n 20 "$RUN_DIR/keycloak-unpack.log" >&2; die "could not unpack Keycloak, see $RUN_DIR/keycloak-unpack.log"; }
}

persisted_keycloak_options() {
    local jar="$KC_HOME/lib/quarkus/generated-bytecode.jar" entry=META-INF/keycloak-persisted.properties tmp
    [ -f "$jar" ] || return 0
    if command -v unzip >/dev/null; then
        unzip -p "$jar" "$entry" 2>/dev/null || true
    else
        tmp="$(mktemp -d)"
        (cd "$tmp" && jar xf "$jar" "$entry" && cat "$entry") 2>/dev/null || true
        rm -rf "$tmp"
    fi
}

keycloak_built() {
    local persisted option
    persisted="$(persisted_keycloak_options | tr -d '\r')"
    for option in "${KC_BUILD_OPTIONS[@]}"; do
        grep -qxF "kc.${option#--}" <<<"$persisted" || return 1
    done
}

# Same lock as the tests take (org.sanctions.testkit.DirectoryLock): a directory holding the owner's pid.
build_keycloak() {
    local lock="$KC_HOME/.build-lock" owner waited=0
    keycloak_built && return 0
    until mkdir "$lock" 2>/dev/null; do
        owner="$(cat "$lock/pid" 2>/dev/null || true)"
        if [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; then rm -rf "$lock"; continue; fi
        [ "$waited" -lt 600 ] || die "Keycloak build lock $lock held for 5 minutes; remove it if no build runs"
        sleep 0.5; waited=$((waited + 1))
    done
    echo $$ >"$lock/pid"
    if ! keycloak_built; then
        log "building Keycloak once (kc.sh build ${KC_BUILD_OPTIONS[*]}, about 30 s)"
        sh "$KC_HOME/bin/kc.sh" build "${KC_BUILD_OPTIONS[@]}" >>"$RUN_DIR/keycloak-build.log" 2>&1 \
            || { rm -rf "$lock"; die "kc.sh build failed, see $RUN_DIR/keycloak-build.log"; }
    fi
    rm -rf "$lock"
}

install_realm() {
    local dir="$KC_HOME/data/import" tmp
    mkdir -p "$dir"
    tmp="$(mktemp "$dir/sanctions-realm.XXXXXX.tmp")"
    cp "$ROOT/deploy/keycloak/sanctions-realm.json" "$tmp"
    mv -f "$tmp" "$dir/sanctions-realm.json"
}

# ---- start ----

check_ports_free() {
    local port busy=()
    for port in "$GATEWAY_PORT" "$GATEWAY_MANAGEMENT_PORT" "$REGISTRY_PORT" "$LOOKUP_PORT" "$KC_PORT" "$KC_MANAGEMENT_PORT"; do
        port_in_use "$port" && busy+=("$port")
    done
    if [ -z "${DB_URL:-}" ] && port_in_use "$PG_PORT"; then busy+=("$PG_PORT"); fi
    [ "${#busy[@]}" -eq 0 ] || die "ports in use: ${busy[*]} (another stack? see: ss -ltnp)"
}

configure_database() {
    if [ -n "${DB_URL:-}" ]; then
        if [ -z "${DB_USER:-}" ] || [ -z "${DB_PASSWORD:-}" ]; then die "DB_URL needs DB_USER and DB_PASSWORD as well"; fi
        local base="${DB_URL%%\?*}"
        KEYCLOAK_DB_URL="${KEYCLOAK_DB_URL:-${base%/*}/keycloak}"
        KEYCLOAK_DB_USER="${KEYCLOAK_DB_USER:-$DB_USER}"
        KEYCLOAK_DB_PASSWORD="${KEYCLOAK_DB_PASSWORD:-$DB_PASSWORD}"
        EMBEDDED_DB=false
    else
        DB_URL="jdbc:postgresql://localhost:$PG_PORT/sanctions" DB_USER=sanctions DB_PASSWORD=sanctions
        KEYCLOAK_DB_URL="jdbc:postgresql://localhost:$PG_PORT/keycloak" KEYCLOAK_DB_USER=keycloak KEYCLOAK_DB_PASSWORD=keycloak
        EMBEDDED_DB=true
    fi
}

start_postgres() {
    if [ "$EMBEDDED_DB" = false ]; then
        log "PostgreSQL: using $DB_URL (Keycloak: $KEYCLOAK_DB_URL, which must exist)"
        return 0
    fi
    log "starting PostgreSQL on $PG_PORT (data in $PG_DATA)"
    PG_LOG_OFFSET=0
    [ -f "$RUN_DIR/postgres.log" ] && PG_LOG_OFFSET="$(wc -c <"$RUN_DIR/postgres.log")"
    launch postgres java -Xmx256m -XX:+UseSerialGC -jar "$LAUNCHER_JAR" "$PG_DATA" "$PG_PORT"
    await postgres 60 postgres_ready
}

start_keycloak() {
    install_realm
    log "starting Keycloak $KC_VERSION on $KC_PORT (issuer $ISSUER)"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        launch keycloak sh "$KC_HOME/bin/kc.sh" start --optimized --import-realm \
        --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" \
        --http-management-port="$KC_MANAGEMENT_PORT" --hostname="http://localhost:$KC_PORT" --cache=local \
        --db-url="$KEYCLOAK_DB_URL" --db-username="$KEYCLOAK_DB_USER" --db-password="$KEYCLOAK_DB_PASSWORD"
    await keycloak 180 ready_200 "$KC_MANAGEMENT_PORT" /health/ready
}

launch_service() {
    local name="$1"
    log "starting $name on $(port_of "$name")"
    # shellcheck disable=SC2086 # SERVICE_JAVA_OPTS holds several options
    DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" OIDC_AUTH_SERVER_URL="$ISSUER" \
        REGISTRY_URL="http://localhost:$REGISTRY_PORT" LOOKUP_URL="http://localhost:$LOOKUP_PORT" \
        launch "$name" java $SERVICE_JAVA_OPTS -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
}

await_service() {
    await "$1" 120 ready_200 "$(health_port_of "$1")" /q/health/ready
}

# The registry first (the lookup service loads its index from it); lookup and gateway boot side by side.
start_services() {
    launch_service registry-service
    await_service registry-service
    launch_service lookup-service
    launch_service gateway
    await_service lookup-service
    await_service gateway
}

access_token() {
    curl -fsS "$ISSUER/protocol/openid-connect/token" "$@" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# The registry's demo data loader (deploy/local/demo-data/load.sh API_URL TOKEN) runs on every start,
# so it must be idempotent. It goes through the gateway once the gateway routes the registry API.
load_demo_data() {
    if [ ! -f "$DEMO_LOADER" ]; then
        log "demo data: skipped, $DEMO_LOADER does not exist yet"
        return 0
    fi
    command -v curl >/dev/null || { log "demo data: skipped, it needs curl"; return 0; }
    local token api="http://localhost:$GATEWAY_PORT"
    token="$(access_token -d grant_type=password -d client_id=sanctions-cli -d username=editor -d password=editor)" \
        || { log "demo data: FAILED, no token for editor"; return 0; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$api/api/v1/programs")" = 404 ]; then
        api="http://localhost:$REGISTRY_PORT"
    fi
    log "demo data: loading through $api"
    if bash "$DEMO_LOADER" "$api" "$token" >>"$RUN_DIR/demo-data.log" 2>&1; then
        log "demo data: loaded"
    else
        log "demo data: FAILED, see $RUN_DIR/demo-data.log (the stack keeps running)"
    fi
}

print_summary() {
    cat <<EOF

Sanctions registry is up in ${SECONDS}s (logs and pids: $RUN_DIR)

  Gateway (the public API)  http://localhost:$GATEWAY_PORT        OpenAPI UI: http://localhost:$GATEWAY_PORT/q/swagger-ui
  Gateway health, metrics   http://localhost:$GATEWAY_MANAGEMENT_PORT/q/health, /q/metrics (management port only)
  Registry service          http://localhost:$REGISTRY_PORT        Lookup service: http://localhost:$LOOKUP_PORT
  Keycloak                  http://localhost:$KC_PORT/admin  (admin / admin)   issuer $ISSUER
  PostgreSQL                $DB_URL

  Demo accounts (DEMO ONLY, password = user name): editor, editor2, officer, auditor (password grant via client sanctions-cli)
  Demo bank system: client bank-demo / bank-demo-secret (client credentials, role screening-client)

  Try it:
    TOKEN=\$(curl -s -d grant_type=client_credentials -d client_id=bank-demo -d client_secret=bank-demo-secret \\
      $ISSUER/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    curl -s -H "Authorization: Bearer \$TOKEN" http://localhost:$GATEWAY_PORT/api/v1/me

EOF
}

status() {
    local name pid total=0 rss
    for name in postgres keycloak "${SERVICES[@]}"; do
        if pid="$(pid_of "$name")"; then
            rss="$(group_rss "$name" "$pid")"
            total=$((total + rss))
            printf '  %-17s pid %-7s port %-5s %6d MB\n' "$name" "$pid" "$(port_of "$name")" $((rss / 1024))
        else
            printf '  %-17s not running (or not started by run.sh)\n' "$name"
        fi
    done
    printf '  %-17s %29d MB\n' total $((total / 1024))
}

# Resident memory in KiB of a started process with its children (and PostgreSQL's own processes).
group_rss() {
    local name="$1" pid="$2" pids
    pids="$(ps -e -o pid=,pgid= | awk -v g="$pid" '$2 == g {print $1}')"
    if [ "$name" = postgres ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        local master
        master="$(head -n 1 "$PG_DATA/postmaster.pid")"
        pids="$pids $master $(ps -e -o pid=,ppid= | awk -v p="$master" '$2 == p {print $1}')"
    fi
    ps -o rss= -p "$(echo "$pids" | xargs | tr ' ' ',')" 2>/dev/null | awk '{s += $1} END {print s + 0}'
}

on_interrupt() {
    trap - INT TERM EXIT
    echo
    log "interrupted: stopping"
    stop_all
    exit 130
}

on_exit() {
    [ $? -eq 0 ] && return
    log "start failed: stopping what was started"
    stop_all
}

start() {
    local detach="$1" name
    mkdir -p "$RUN_DIR"
    anything_running && die "already running (deploy/local/run.sh --status); stop it with --stop"
    check_ports_free
    trap on_interrupt INT TERM
    trap on_exit EXIT
    configure_database
    build_jars
    unpack_keycloak
    build_keycloak
    start_postgres
    start_keycloak
    start_services
    load_demo_data
    print_summary
    if [ "$detach" = true ]; then
        trap - INT TERM EXIT
        echo "  Running in the background; stop with: deploy/local/run.sh --stop"
        return 0
    fi
    echo "  Press Ctrl-C to stop everything."
    while true; do
        for name in postgres keycloak "${SERVICES[@]}"; do
            if [ "$name" = postgres ] && [ "$EMBEDDED_DB" = false ]; then continue; fi
            pid_of "$name" >/dev/null || { log "$name exited unexpectedly, see $RUN_DIR/$name.log"; stop_all; trap - EXIT; exit 1; }
        done
        sleep 2 &
        wait $! || true
    done
}

case "${1:-}" in
    "") start false ;;
    --detach | -d) start true ;;
    --stop) mkdir -p "$RUN_DIR"; stop_all; log "stopped" ;;
    --status) mkdir -p "$RUN_DIR"; status ;;
    --reset)
        mkdir -p "$RUN_DIR"; stop_all
        rm -rf "$PG_DATA" "$LOCAL/postgres-binaries" "$RUN_DIR"
        log "local data wiped ($PG_DATA, $RUN_DIR); downloads and builds kept"
        ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown option $1 (try --help)" ;;
esac
