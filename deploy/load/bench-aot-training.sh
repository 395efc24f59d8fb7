#!/usr/bin/env bash
# How the AOT cache is trained, A/B (issue 21): on a JDK 25 or later (PORTAL_JAVA), the production jar extracted, two
# caches: one from a training start that exits once the context is refreshed (-Dspring.context.exit=onRefresh, no page
# served), one from a training start on the demo data that runs the portal's warm-up and closes once ready
# (PORTAL_WARM_UP_EXIT_WHEN_DONE=true, as deploy/Dockerfile trains it). Then, alternating the two caches, a fresh start
# per page type and cache: the portal's own warm-up as configured, then wrk at BENCH_CONNECTIONS (8) on that page alone
# for two 10 s windows after /actuator/health is UP.
#
#   PORTAL_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java deploy/load/bench-aot-training.sh
#
# Environment: BENCH_ROUNDS (2), BENCH_PAGES ("member feed news"), BENCH_CONNECTIONS (8) and those of lib.sh. Writes
# results/<timestamp>-aot-training.md.

source "$(dirname "$0")/lib.sh"

require_tools wrk curl
CONNS=${BENCH_CONNECTIONS:-8}
ROUNDS=${BENCH_ROUNDS:-2}
NAMES=(${BENCH_PAGES:-member feed news})
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN_DIR=$RESULTS_DIR/$STAMP-aot-training
mkdir -p "$RUN_DIR"
REPORT=$RESULTS_DIR/$STAMP-aot-training.md
copy_jar
RUNTIME="$("$PORTAL_JAVA" -version 2>&1 | head -1)"
extract_jar

lock
log "training to the context's refresh"
train_aot_cache "$EXTRACTED_DIR/refresh.aot" "$RUN_DIR/train-refresh.log" -Dspring.context.exit=onRefresh
log "training through the warm-up"
PORTAL_WARM_UP_EXIT_WHEN_DONE=true train_aot_cache "$EXTRACTED_DIR/warm-up.aot" "$RUN_DIR/train-warm-up.log"
unlock

BASE_OPTS=$PORTAL_JAVA_OPTS
ROWS=()
for ((round = 1; round <= ROUNDS; round++)); do
    for name in "${NAMES[@]}"; do
        for training in refresh warm-up; do
            lock
            PORTAL_JAVA_OPTS="$BASE_OPTS -XX:AOTCache=$EXTRACTED_DIR/$training.aot -Xlog:aot=off -Xlog:cds=off"
            start_fresh_demo "$RUN_DIR/portal-$round-$name-$training.log"
            path=$(demo_page_path "$name")
            first=$(wrk_page 10 "$CONNS" "$path" | rps_of)
            second=$(wrk_page 10 "$CONNS" "$path" | rps_of)
            warm_up=$(sed -n 's/.*traffic: \([0-9]*\) requests.*/\1/p' "$RUN_DIR/portal-$round-$name-$training.log")
            stop_portal
            unlock
            log "round $round, $name, trained to $training: ready after $READY_MS ms, $first then $second req/s"
            ROWS+=("| $round | $name | \`$path\` | $training | $((READY_MS / 1000)).$(((READY_MS % 1000) / 100)) s | ${warm_up:-?} | $first | $second |")
        done
    done
done
PORTAL_JAVA_OPTS=$BASE_OPTS

{
    echo "# The AOT cache trained to the context's refresh, or through the warm-up ($STAMP)"
    echo
    echo "Command: \`deploy/load/bench-aot-training.sh\` ($RUNTIME, extracted jar; $CONNS connections; a fresh start per row, alternating the caches; PORTAL_WARM_UP_DURATION=${PORTAL_WARM_UP_DURATION:-20s (default)})."
    echo
    echo "| round | page type | address | cache trained | start to ready | warm-up requests | first 10 s after ready (req/s) | next 10 s (req/s) |"
    echo "|---:|---|---|---|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
    echo
    machine_report
} >"$REPORT"
log "report: $REPORT"
