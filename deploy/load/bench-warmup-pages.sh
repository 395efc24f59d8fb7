#!/usr/bin/env bash
# Warm-up per page type (issue 21): each public page type's throughput in the first 10 seconds after the portal said
# it was ready, against the same page's warm figure. For each page type, the production jar starts afresh on the demo
# data (default profile, H2, a fresh data directory, the portal's own warm-up as configured: PORTAL_WARM_UP_DURATION,
# 20 s by default) and wrk asks for that page alone at BENCH_CONNECTIONS (8) for the 10 s after /actuator/health is
# UP. Then one more start, warmed up on the whole mix (page-mix.lua) for BENCH_WARM_SECONDS (120) and on each page for
# 10 s, measures each page for 10 s: its warm figure. The target of issue 21: first 10 s at least half of warm.
#
#   deploy/load/bench-warmup-pages.sh
#
# With BENCH_AOT=1, as the container image runs it: the jar extracted, on PORTAL_JAVA (set it to a JDK 25 or later,
# e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java) with an AOT cache written by a training start on the demo data that
# runs the portal's warm-up and closes once ready (PORTAL_WARM_UP_EXIT_WHEN_DONE; deploy/Dockerfile does the same). The
# training's warm-up lasts BENCH_TRAINING_WARM_UP (20s, the default of deploy/Dockerfile's training), whatever
# PORTAL_WARM_UP_DURATION the measured starts have.
#
# Environment: BENCH_CONNECTIONS (8), BENCH_WARM_SECONDS (120), BENCH_PAGES (the page types below, by name), BENCH_AOT
# (0), BENCH_TRAINING_WARM_UP (20s) and those of lib.sh. Writes results/<timestamp>-warmup-pages.md.

source "$(dirname "$0")/lib.sh"

require_tools wrk curl unzip
CONNS=${BENCH_CONNECTIONS:-8}
WARM_SECONDS=${BENCH_WARM_SECONDS:-120}
NAMES=(${BENCH_PAGES:-home news post members member about search feed events})
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN_DIR=$RESULTS_DIR/$STAMP-warmup-pages
mkdir -p "$RUN_DIR"
REPORT=$RESULTS_DIR/$STAMP-warmup-pages.md
copy_jar
export LOAD_DIR
RUNTIME="$("$PORTAL_JAVA" -version 2>&1 | head -1)"
if [[ ${BENCH_AOT:-0} == 1 ]]; then
    extract_jar
    lock
    log "training start: an AOT cache for $RUNTIME"
    PORTAL_WARM_UP_DURATION=${BENCH_TRAINING_WARM_UP:-20s} PORTAL_WARM_UP_EXIT_WHEN_DONE=true train_aot_cache "$EXTRACTED_DIR/app.aot" "$RUN_DIR/train.log"
    unlock
    PORTAL_JAVA_OPTS="$PORTAL_JAVA_OPTS -XX:AOTCache=$EXTRACTED_DIR/app.aot -Xlog:aot=off -Xlog:cds=off"
    RUNTIME="$RUNTIME, extracted jar with an AOT cache trained through a warm-up of ${BENCH_TRAINING_WARM_UP:-20s}"
fi

declare -A FIRST READY PATHS
for name in "${NAMES[@]}"; do
    lock
    start_fresh_demo "$RUN_DIR/portal-$name.log"
    path=$(demo_page_path "$name")
    FIRST[$name]=$(wrk_page 10 "$CONNS" "$path" | rps_of)
    READY[$name]=$READY_MS
    PATHS[$name]=$path
    stop_portal
    unlock
    log "$name ($path): ready after $READY_MS ms, ${FIRST[$name]} req/s in the first 10 s"
done

lock
start_fresh_demo "$RUN_DIR/portal-warm.log"
mix=()
for name in "${NAMES[@]}"; do
    mix+=("${PATHS[$name]//'{mix}'/trafficking}")
done
MIX_PATHS="${mix[*]}" wrk -t2 -c"$CONNS" -d"${WARM_SECONDS}s" --timeout 10s -s "$LOAD_DIR/page-mix.lua" "$PORTAL_BASE" >/dev/null
ROWS=()
for name in "${NAMES[@]}"; do
    wrk_page 10 "$CONNS" "${PATHS[$name]}" >/dev/null
    warm=$(wrk_page 10 "$CONNS" "${PATHS[$name]}" | rps_of)
    log "$name: warm $warm req/s"
    ROWS+=("| $name | \`${PATHS[$name]}\` | $((READY[$name] / 1000)).$(((READY[$name] % 1000) / 100)) s | ${FIRST[$name]} | $warm | $(awk -v a="${FIRST[$name]}" -v b="$warm" 'BEGIN { printf "%.2f", a / b }') |")
done
stop_portal
unlock

{
    echo "# Warm-up per page type: the first 10 s after ready against warm ($STAMP)"
    echo
    echo "Command: \`deploy/load/bench-warmup-pages.sh\` ($RUNTIME; $CONNS connections; a fresh start per page type, PORTAL_WARM_UP_DURATION=${PORTAL_WARM_UP_DURATION:-20s (default)}; warm: $WARM_SECONDS s of the mix, then 10 s per page before its 10 s)."
    echo
    echo "| page type | address | start to ready | first 10 s after ready (req/s) | warm (req/s) | first / warm |"
    echo "|---|---|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
    echo
    machine_report
} >"$REPORT"
log "report: $REPORT"
