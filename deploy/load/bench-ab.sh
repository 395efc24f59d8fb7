#!/usr/bin/env bash
# A/B of two production jars on the large data set, alternating A B A B: each run starts its jar afresh, warms it up
# on every page (BENCH_WARMUP seconds per page, 15), then measures each page (BENCH_DURATION seconds, 15) with wrk at
# BENCH_CONNECTIONS (8). This machine kind is noisy: compare A with B within a round, never across runs of other days.
#
#   deploy/load/bench-ab.sh h2|mariadb A.jar B.jar
#
# Environment: BENCH_ROUNDS (2), BENCH_PATHS ("/ /members /news /news/{post} /search?q=shelter /search?q={mix}";
# {member} and {post} as in bench-public.sh, {mix} the queries of search-queries.txt, see search-mix.lua) and those of lib.sh. Both jars must read the data set's schema (the older one reads a schema
# migrated by the newer one: Flyway ignores migrations it does not know). Writes results/<timestamp>-<db>-ab.md.

source "$(dirname "$0")/lib.sh"

[[ $# == 3 ]] || die "usage: bench-ab.sh h2|mariadb A.jar B.jar"
require_tools wrk curl unzip
use_database "$1"
JARS=("$2" "$3")
ROUNDS=${BENCH_ROUNDS:-2}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-15}
CONNS=${BENCH_CONNECTIONS:-8}
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN_DIR=$RESULTS_DIR/$STAMP-$DATABASE-ab
mkdir -p "$RUN_DIR"
REPORT=$RESULTS_DIR/$STAMP-$DATABASE-ab.md
ROWS=()

for ((round = 1; round <= ROUNDS; round++)); do
    for side in 0 1; do
        name=$([[ $side == 0 ]] && echo A || echo B)
        PORTAL_JAR=${JARS[$side]}
        copy_jar
        ((round == 1 && side == 0)) && ensure_large_network
        log "round $round, $name ($PORTAL_JAR): starting"
        start_portal "$RUN_DIR/portal-$round-$name.log"
        MEMBER=${BENCH_MEMBER_SLUG:-${MEMBER:-$(busiest_member)}}
        POST=${BENCH_POST_SLUG:-${POST:-$(first_slug "/api/v1/posts?organisation=$MEMBER")}}
        PATHS=()
        for path in ${BENCH_PATHS:-/ /members /news /news/\{post\} /search?q=shelter /search?q=\{mix\}}; do
            path=${path//'{member}'/$MEMBER}
            PATHS+=("${path//'{post}'/$POST}")
        done
        lock
        for path in "${PATHS[@]}"; do
            wrk_page "$WARMUP" 8 "$path" >/dev/null 2>&1
        done
        row="| $round | $name |"
        for path in "${PATHS[@]}"; do
            rps=$(wrk_page "$DURATION" "$CONNS" "$path" | rps_of)
            log "round $round, $name: $path $rps req/s"
            row="$row $rps |"
        done
        unlock
        ROWS+=("$row")
        stop_portal
    done
done

{
    echo "# A/B of two jars, $DATABASE data set ($STAMP)"
    echo
    machine_report
    echo "- A: ${JARS[0]} ($(date -u -r "${JARS[0]}" +%FT%TZ)); B: ${JARS[1]} ($(date -u -r "${JARS[1]}" +%FT%TZ))"
    echo "- wrk, $CONNS connections, ${DURATION} s per page after ${WARMUP} s per page of warm-up; each run a fresh start"
    echo
    printf '| round | jar |'; printf ' `%s` |' "${PATHS[@]}"; echo
    printf '|---|---|'; printf -- '---:|%.0s' "${PATHS[@]}"; echo
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "req/s per page. Logs: \`$STAMP-$DATABASE-ab/\`."
} >"$REPORT"
log "results: $REPORT"
