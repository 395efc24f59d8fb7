#!/usr/bin/env bash
# Start-up benchmark (issues 9 and 21): time from `java -jar` to /actuator/health UP on the default profile (H2, demo
# data, a fresh data directory every run; the portal's own warm-up as PORTAL_WARM_UP_DURATION sets it), then the
# public site's throughput by time since ready: a mix of every public page type (page-mix.lua) with wrk at
# BENCH_CONNECTIONS (8) in BENCH_WINDOWS 10-second windows (18: the first three minutes), and the memory once the
# portal is idle after them: resident set size and the live heap after a full GC.
#
#   deploy/load/bench-startup.sh
#
# Environment: BENCH_RUNS (3), BENCH_WINDOWS (18; 0: memory right after the start, as before issue 21),
# BENCH_CONNECTIONS (8) and those of lib.sh. Writes results/<timestamp>-startup.md.

source "$(dirname "$0")/lib.sh"

RUNS=${BENCH_RUNS:-3}
WINDOWS=${BENCH_WINDOWS:-18}
CONNS=${BENCH_CONNECTIONS:-8}
require_tools wrk curl unzip
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN_DIR=$RESULTS_DIR/$STAMP-startup
mkdir -p "$RUN_DIR"
REPORT=$RESULTS_DIR/$STAMP-startup.md
copy_jar

ROWS=()
for ((run = 1; run <= RUNS; run++)); do
    export PORTAL_DATA_DIR=$WORK_DIR/startup-data
    rm -rf "$PORTAL_DATA_DIR"
    mkdir -p "$PORTAL_DATA_DIR"
    PORTAL_ARGS=()
    log_file=$RUN_DIR/portal-$run.log
    lock
    started=$(date +%s%N)
    launch_portal "$log_file"
    wait_healthy "$log_file"
    healthy_ms=$((($(date +%s%N) - started) / 1000000))
    spring=$(sed -n 's/.*Started PortalApplication in \([0-9.]*\) seconds.*/\1/p' "$log_file" | head -1)
    windows=-
    ((WINDOWS > 0)) && windows=$(throughput_windows "$WINDOWS" "$CONNS" "$(demo_mix_paths)")
    wait_quiet
    rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$PORTAL_PID/status")
    jcmd "$PORTAL_PID" GC.run >/dev/null
    heap_info=$(jcmd "$PORTAL_PID" GC.heap_info)
    used_kb=$(sed -n 's/.* used \([0-9]*\)K.*/\1/p' <<<"$heap_info" | head -1)
    committed_kb=$(sed -n 's/.* total \([0-9]*\)K.*/\1/p' <<<"$heap_info" | head -1)
    stop_portal
    unlock
    log "run $run: healthy after $healthy_ms ms (Spring: $spring s); requests/s by 10-s window since: $windows; RSS $((rss_kb / 1024)) MB, live heap $((used_kb / 1024)) MB"
    ROWS+=("| $run | $(awk -v ms="$healthy_ms" 'BEGIN { printf "%.1f", ms / 1000 }') | $spring | $windows | $(first_to_last "$windows") | $((rss_kb / 1024)) | $((used_kb / 1024)) | $((committed_kb / 1024)) |")
done

{
    echo "# Start-up benchmark ($STAMP)"
    echo
    machine_report
    echo "- default profile: embedded H2 in a fresh data directory, demo data seeded at start, PORTAL_WARM_UP_DURATION=${PORTAL_WARM_UP_DURATION:-20s (default)}"
    echo "- after health UP: $WINDOWS windows of 10 s of page-mix.lua at $CONNS connections; then memory, once idle"
    echo
    echo "| run | java -jar to health UP (s) | Spring's \"Started in\" (s) | requests/s in each 10-s window after UP | first / last window | RSS when idle (MB) | live heap after GC (MB) | heap committed after GC (MB) |"
    echo "|---:|---:|---:|---|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
} >"$REPORT"
log "results: $REPORT"
