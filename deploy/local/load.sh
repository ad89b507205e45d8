#!/usr/bin/env bash
# Load run against the stack that deploy/local/run.sh started on this machine (loopback only): screenings, batches
# and registry reads through the gateway with real tokens from two clients at once, for a bounded time, then a
# flood from one client while the other screens steadily (the per-client rate limit at work). Prints throughput,
# p50/p99/max latency, 429s and errors per kind of request. Needs only the JDK that run.sh needs.
#
#   deploy/local/run.sh --detach && deploy/local/load.sh            # defaults: 60 s mixed, 10 s + 30 s isolation
#   deploy/local/load.sh --seconds 120 --screeners 8 --readers 4 --flooders 32 --polite-rate 10
#
# The gateway's default limit (200 requests/s per client, burst 400) already answers the bank's flood with 429. To
# measure the stack without it, start it with RATE_LIMIT_PER_SECOND=100000 RATE_LIMIT_BURST=100000, or lift only the
# bank's: SERVICE_JAVA_OPTS='-XX:+UseSerialGC -Xmx512m -Dgateway.limits.clients."bank-demo".per-second=100000
# -Dgateway.limits.clients."bank-demo".burst=100000' deploy/local/run.sh --detach
# Figures and their reading: deploy/e2e/README.md, "Load".
#
# --sweep: single screenings only, from a fixed list of names, straight to lookup-service (8082) and through the
# gateway, at several concurrency levels; prints throughput, client and in-service p50/p99, errors and the CPU each
# process used (HttpSweep.java, --sweep --help). Figures: lookup-service/README.md, "HTTP throughput".
#   deploy/local/load.sh --sweep --targets direct,gateway --concurrency 1,4,16,64 --seconds 20
#
# --bursty (with or without --sweep): bursts of single screenings (64 concurrent, 2,000 each) separated by idle gaps
# that straddle the gateway pool's keep-alive (30 s) and the services' idle timeout (120 s); prints statuses and
# p50/p99 per burst and in all, exits 1 on any 5xx or unanswered request (BurstySweep.java, --sweep --help).
#   deploy/local/load.sh --bursty --gaps 1,29,30,31,119,120,121,1 --burst-requests 2500
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
case " $* " in
    *" --gateway "*) ;;
    *) (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null \
        || { echo "load.sh: nothing listens on 127.0.0.1:8080; start the stack with deploy/local/run.sh" >&2; exit 1; } ;;
esac
case " $* " in
    *" --sweep "*|*" --bursty "*)
        CLASSES="$(mktemp -d)"
        trap 'rm -rf "$CLASSES"' EXIT
        javac -d "$CLASSES" "$ROOT"/deploy/local/load/*.java
        java -Xmx512m -cp "$CLASSES" HttpSweep --root "$ROOT" "$@" ;;
    *) exec java -Xmx512m "$ROOT/deploy/local/load/LoadRun.java" "$@" ;;
esac
