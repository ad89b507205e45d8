#!/usr/bin/env bash
# The gateway's CPU per forwarded screening (GatewayCpuBenchmark): the packaged gateway in front of a loopback fake
# lookup service, a closed loop of POST /api/v1/screenings, the gateway process's CPU time per call. Unlike
# throughput, this barely moves when other work shares the machine, so before/after comparisons of a change hold.
#
#   gateway/load/measure-cpu.sh [runs, default 5] [calls per run, default 20000] [connections, default 64]
#   OVERHEAD_JAVA_OPTS=-Doverhead.gateway-env=JAVA_TOOL_OPTIONS=-XX:StartFlightRecording:filename=/tmp/gw.jfr \
#       gateway/load/measure-cpu.sh      # the same under JFR (jfr print --events jdk.ExecutionSample /tmp/gw.jfr)
set -euo pipefail
OVERHEAD_MAIN=GatewayCpuBenchmark exec "$(dirname "${BASH_SOURCE[0]}")/measure-overhead.sh" "$@"
