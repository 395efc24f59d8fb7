#!/usr/bin/env bash
# Warm-up benchmark (issue 21): throughput of the public site by time since the portal said it was ready, with and
# without its warm-up (PORTAL_WARM_UP_DURATION), alternating. Each run starts the production jar afresh on the demo
# data (default profile, H2, a fresh data directory), waits for /actuator/health UP (readiness), then measures a mix of
# every public page type (home, news, a post, members, a member, a network page, search, the Atom feed, events) with
# wrk at BENCH_CONNECTIONS (8) in 10-second windows for BENCH_WINDOWS windows (18: three minutes). The first window
# against the last is the figure: how much slower a new replica is at first.
#
#   deploy/load/bench-warmup.sh
#
# Environment: BENCH_ROUNDS (1), BENCH_WARMUPS ("0s 20s"), BENCH_WINDOWS (18), BENCH_CONNECTIONS (8) and those of
# lib.sh. Writes results/<timestamp>-warmup.md.

source "$(dirname "$0")/lib.sh"

require_tools wrk curl unzip
ROUNDS=${BENCH_ROUNDS:-1}
WINDOWS=${BENCH_WINDOWS:-18}
CONNS=${BENCH_CONNECTIONS:-8}
WARMUPS=(${BENCH_WARMUPS:-0s 20s})
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN_DIR=$RESULTS_DIR/$STAMP-warmup
mkdir -p "$RUN_DIR"
REPORT=$RESULTS_DIR/$STAMP-warmup.md
copy_jar
ROWS=()

for ((round = 1; round <= ROUNDS; round++)); do
    for warmup in "${WARMUPS[@]}"; do
        export PORTAL_WARM_UP_DURATION=$warmup
        lock
        start_fresh_demo "$RUN_DIR/portal-$round-$warmup.log"
        ready_ms=$READY_MS
        windows=$(throughput_windows "$WINDOWS" "$CONNS" "$(demo_mix_paths)")
        stop_portal
        unlock
        log "warm-up $warmup, round $round: ready after $ready_ms ms; requests/s by 10-s window: $windows"
        ROWS+=("| $warmup | $round | $((ready_ms / 1000)).$(((ready_ms % 1000) / 100)) s | $windows | $(first_to_last "$windows") |")
    done
done

{
    echo "# Warm-up: public throughput by time since ready ($STAMP)"
    echo
    echo "Command: \`deploy/load/bench-warmup.sh\` (BENCH_ROUNDS=$ROUNDS, BENCH_WINDOWS=$WINDOWS, $CONNS connections, page mix of page-mix.lua)."
    echo
    echo "| warm-up | round | start to ready | requests/s in each 10-s window after ready | first / last window |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    machine_report
} >"$REPORT"
log "report: $REPORT"
