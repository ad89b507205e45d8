#!/usr/bin/env bash
# Loads the demo programs and parties (public facts only, see README.md) into the registry through its API.
# Usage: load.sh BASE_URL TOKEN   (TOKEN: a bearer token of a registry-editor, e.g. the demo user "editor";
#        an empty TOKEN sends no Authorization header, for a registry whose test harness supplies the identity)
# Idempotent: a program that exists (by code), a party that exists (by its first source entry) and a measure the
# party already has (same program, type and listed date) are skipped, so it can run on every start.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BASE_URL TOKEN" >&2
    exit 2
fi
API="${1%/}"
TOKEN="$2"
DIR="$(cd "$(dirname "$0")" && pwd)"
REASON="Demo data from public announcements (deploy/local/demo-data)"
command -v curl >/dev/null || { echo "load.sh needs curl" >&2; exit 2; }
command -v jq >/dev/null || { echo "load.sh needs jq" >&2; exit 2; }

BODY="$(mktemp)"
trap 'rm -f "$BODY"' EXIT
created=0
skipped=0

# call METHOD PATH [JSON]: prints the HTTP status, leaves the response body in $BODY
call() {
    local args=(-sS -o "$BODY" -w '%{http_code}' -X "$1" -H "Accept: application/json")
    if [ -n "$TOKEN" ]; then
        args+=(-H "Authorization: Bearer $TOKEN")
    fi
    if [ $# -ge 3 ]; then
        args+=(-H "Content-Type: application/json" -H "X-Change-Reason: $REASON" --data-binary "$3")
    fi
    curl "${args[@]}" "$API$2"
}

fail() {
    echo "FAILED: $1 -> HTTP $2: $(cat "$BODY")" >&2
    exit 1
}

load_programs() {
    local program code status
    while IFS= read -r program; do
        code="$(jq -r .code <<<"$program")"
        status="$(call GET "/api/v1/programs/$code")"
        if [ "$status" = 200 ]; then
            skipped=$((skipped + 1))
            continue
        fi
        [ "$status" = 404 ] || fail "GET program $code" "$status"
        status="$(call POST /api/v1/programs "$program")"
        [ "$status" = 201 ] || fail "POST program $code" "$status"
        echo "program $code created"
        created=$((created + 1))
    done < <(jq -c '.[]' "$DIR/programs.json")
}

# find_or_create_party FILE: sets PARTY_ID to the party holding the file's first source entry, created if missing
find_or_create_party() {
    local file="$1" source status
    source="$(jq -r '.party.sources[0] | "\(.authority)/\(.list)/\(.sourceId)" | @uri' "$file")"
    status="$(call GET "/api/v1/parties?limit=1&source=$source")"
    [ "$status" = 200 ] || fail "GET parties by source of $file" "$status"
    if [ "$(jq '.items | length' "$BODY")" = 1 ]; then
        skipped=$((skipped + 1))
        PARTY_ID="$(jq -r '.items[0].id' "$BODY")"
        return
    fi
    status="$(call POST /api/v1/parties "$(jq -c .party "$file")")"
    [ "$status" = 201 ] || fail "POST party from $file" "$status"
    echo "party $(jq -r '.names[0].fullName' "$BODY") created"
    created=$((created + 1))
    PARTY_ID="$(jq -r .id "$BODY")"
}

load_party() {
    local file="$1" id measure key status
    find_or_create_party "$file"
    id="$PARTY_ID"
    status="$(call GET "/api/v1/parties/$id")"
    [ "$status" = 200 ] || fail "GET party $id" "$status"
    local existing
    existing="$(jq -c '[.measures[] | "\(.program)|\(.type)|\(.listedDate)"]' "$BODY")"
    while IFS= read -r measure; do
        key="$(jq -r '"\(.program)|\(.type)|\(.listedDate)"' <<<"$measure")"
        if jq -e --arg k "$key" 'index($k) != null' <<<"$existing" >/dev/null; then
            skipped=$((skipped + 1))
            continue
        fi
        status="$(call POST "/api/v1/parties/$id/measures" "$measure")"
        [ "$status" = 201 ] || fail "POST measure $key for $file" "$status"
        created=$((created + 1))
    done < <(jq -c '.measures[]' "$file")
}

load_programs
for file in "$DIR"/parties/*.json; do
    load_party "$file"
done
echo "demo data: $created created, $skipped already present"
