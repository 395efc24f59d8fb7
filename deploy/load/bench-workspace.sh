#!/usr/bin/env bash
# Workspace benchmark (issue 9): live heap per signed-in workspace session on the post list and on the moderation
# queue, and the moderator's round trips on the queue (open, filter, open an item), on the large data set.
# The harness is deploy/load/WorkspaceSessions.java (JDK only); it speaks Vaadin's own bootstrap and UIDL.
#
#   deploy/load/bench-workspace.sh h2|mariadb
#
# Environment: BENCH_SESSIONS ("50 200"; add 500 to check "500 editors in 1 GB"), BENCH_REPETITIONS (100),
# BENCH_EDITORS / BENCH_MODERATORS (accounts the sessions cycle through; generated accounts by default),
# BENCH_PASSWORD, and those of lib.sh. Writes results/<timestamp>-workspace-<h2|mariadb>.md.

source "$(dirname "$0")/lib.sh"

[[ $# == 1 ]] || die "usage: $0 h2|mariadb"
SESSIONS=${BENCH_SESSIONS:-50 200}
REPETITIONS=${BENCH_REPETITIONS:-100}
# Generated accounts of active organisations (editors 1-40 exist in every generated set); each signs in many times.
EDITORS=${BENCH_EDITORS:-bench.editor.%04d:1-40}
MODERATORS=${BENCH_MODERATORS:-bench.moderator.%04d:1-2}
PASSWORD=${BENCH_PASSWORD:-Strada-Demo-2026}

require_tools curl unzip
use_database "$1"
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN_DIR=$RESULTS_DIR/$STAMP-workspace-$DATABASE
mkdir -p "$RUN_DIR"
REPORT=$RESULTS_DIR/$STAMP-workspace-$DATABASE.md

copy_jar
ensure_large_network
log "starting the portal on the $DATABASE data set (waits until it is healthy and idle)"
start_portal "$RUN_DIR/portal.log"

harness() {
    java "$LOAD_DIR/WorkspaceSessions.java" "$@" --base "$PORTAL_BASE" --password "$PASSWORD"
}

HEAP_ROWS=()
for sessions in $SESSIONS; do
    for view in posts moderation; do
        users=$EDITORS target="300 KB"
        [[ $view == moderation ]] && users=$MODERATORS target="1 MB"
        log "heap: $sessions sessions on the $view view"
        lock
        harness heap --pid "$PORTAL_PID" --view "$view" --sessions "$sessions" --users "$users" | tee -a "$RUN_DIR/harness.txt"
        unlock
        line=$(grep '^RESULT' "$RUN_DIR/harness.txt" | tail -1)
        HEAP_ROWS+=("| $view | $sessions | $(result_field heap_before_kb "$line") | $(result_field heap_after_kb "$line") | $(result_field per_session_kb "$line") | at most $target |")
    done
done

log "round trips on the moderation queue: $REPETITIONS repetitions"
lock
harness roundtrips --users "$MODERATORS" --repetitions "$REPETITIONS" | tee -a "$RUN_DIR/harness.txt"
unlock
ROUND_TRIPS=$(grep '^RESULT open_' "$RUN_DIR/harness.txt" | tail -1)
rt() { result_field "$1" "$ROUND_TRIPS"; }

{
    echo "# Workspace benchmark, $DATABASE data set ($STAMP)"
    echo
    machine_report
    echo "- data set: $DATA_DIR${GENERATE_ARGS:+ (generated with $GENERATE_ARGS)}; editors $EDITORS, moderators $MODERATORS"
    echo "- heap: live heap (jcmd GC.run, GC.heap_info) after a warm-up, before and after opening the sessions; each session signed in, view open (Vaadin bootstrap + navigation), idle"
    echo
    echo "| view | sessions | live heap before (KB) | after (KB) | per session (KB) | target |"
    echo "|---|---:|---:|---:|---:|---|"
    printf '%s\n' "${HEAP_ROWS[@]}"
    echo
    echo "Moderator round trips, $REPETITIONS repetitions (target: p95 under 150 ms):"
    echo
    echo "| step | p50 ms | p95 ms |"
    echo "|---|---:|---:|"
    echo "| open the queue (page, init, navigation with the first rows) | $(rt open_p50_ms) | $(rt open_p95_ms) |"
    echo "| of which the navigation round trip (UIDL) | $(rt navigation_p50_ms) | $(rt navigation_p95_ms) |"
    echo "| filter it by kind (value change of the select, rows again) | $(rt filter_p50_ms) | $(rt filter_p95_ms) |"
    echo "| open its first item (grid item click, review view) | $(rt item_p50_ms) | $(rt item_p95_ms) |"
    echo
    echo "Harness output: \`$(basename "$RUN_DIR")/harness.txt\`."
} >"$REPORT"
log "results: $REPORT"
