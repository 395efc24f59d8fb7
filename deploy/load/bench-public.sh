#!/usr/bin/env bash
# Public site benchmark (issue 9): throughput and p50/p95/p99 latency of the public pages on the large data set,
# measured with wrk on loopback at 1, 8, 32 and 128 connections, plainly and as conditional-GET revalidations
# (If-None-Match with the page's ETag: 304), then the same pages as static files served by nginx: the ceiling
# the portal's figures are read against. First, as soon as the portal is up and idle (a fresh start), the throughput
# by time since that start: the pages measured, in turn (page-mix.lua), at 8 connections in 10-second windows for the
# first three minutes (BENCH_START_WINDOWS, 18; 0 leaves it out).
#
#   deploy/load/bench-public.sh h2|mariadb
#
# Environment: BENCH_DURATION (seconds per run, 10), BENCH_WARMUP (seconds per page before measuring, 10),
# BENCH_START_WINDOWS (18), BENCH_CONNECTIONS ("1 8 32 128"), BENCH_MODES ("plain revalidate"), BENCH_SEARCH
# ("shelter"), BENCH_PATHS (override the list of paths; {member} and {post} stand for the busiest member's slug and
# its newest post's slug, {deep} for page 500 of /news as the "Older" link of page 499 reaches it; by default also a
# featured image of /news), BENCH_SKIP_NGINX=1, and those of lib.sh (BENCH_RESULTS_DIR, PORTAL_JAR,
# BENCH_GENERATE_ARGS ...).
# Writes results/<timestamp>-<h2|mariadb>.md and the raw wrk output next to it.

source "$(dirname "$0")/lib.sh"

[[ $# == 1 ]] || die "usage: $0 h2|mariadb"
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-1 8 32 128}
SEARCH=${BENCH_SEARCH:-shelter}
NGINX_PORT=18099
NGINX_PREFIX=$WORK_DIR/nginx
NGINX_PID=

require_tools wrk nginx curl unzip
use_database "$1"
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN_DIR=$RESULTS_DIR/$STAMP-$DATABASE
mkdir -p "$RUN_DIR/raw"
REPORT=$RESULTS_DIR/$STAMP-$DATABASE.md

copy_jar
ensure_large_network
log "starting the portal on the $DATABASE data set (waits until it is healthy and idle)"
start_portal "$RUN_DIR/portal.log"

MEMBER=${BENCH_MEMBER_SLUG:-$(busiest_member)}
POST=${BENCH_POST_SLUG:-$(first_slug "/api/v1/posts?organisation=$MEMBER")}
[[ -n $MEMBER && -n $POST ]] || die "no member or post slug from /api/v1/members and /api/v1/posts"
# Page 500 as a visitor reaches it: the "Older" link of page 499 (keyset: it names the last post shown there).
DEEP=$(curl -sf "$PORTAL_BASE/news?page=499" | { grep -o '<a href="[^"]*" rel="next"' || true; } | head -1 | cut -d'"' -f2 | sed 's/&amp;/\&/g')
if [[ $DEEP != /news\?page=500\&before=* ]]; then
    log "page 499 has no keyset link to page 500 (a portal from before keyset paging): measuring /news?page=500 only"
    DEEP=
fi
FEED=/feeds/news.atom
# A featured image of the news list, as a browser fetches it after the page (the list's 480-pixel variant).
IMAGE=$(curl -sf "$PORTAL_BASE/news" | { grep -o '/media/[0-9a-f]*-480\.[a-z]*' || true; } | head -1)
if [[ -n ${BENCH_PATHS:-} ]]; then
    PATHS=()
    for path in $BENCH_PATHS; do
        case $path in
            *'{deep}'*) [[ -n $DEEP ]] || die "{deep}: no keyset link to page 500"; path=$DEEP ;;
            *) path=${path//'{member}'/$MEMBER}; path=${path//'{post}'/$POST} ;;
        esac
        PATHS+=("$path")
    done
else
    PATHS=(/ /members "/members/$MEMBER" /news "/news?page=500" ${DEEP:+"$DEEP"} "/news/$POST" "/search?q=$SEARCH" "$FEED" /api/v1/posts
        ${IMAGE:+"$IMAGE"})
fi
MODES=${BENCH_MODES:-plain revalidate}

# The static copy: every page as the portal answers it now.
rm -rf "$NGINX_PREFIX"
mkdir -p "$NGINX_PREFIX/logs" "$NGINX_PREFIX/tmp" "$NGINX_PREFIX/static/pages"
for path in "${PATHS[@]}"; do
    file_path=${path%%\?*}
    query=
    [[ $path == *\?* ]] && query=${path#*\?}
    mkdir -p "$NGINX_PREFIX/static/pages$file_path"
    curl -s -o "$NGINX_PREFIX/static/pages$file_path/_$query" "$PORTAL_BASE$path"
done
chmod -R a+rX "$NGINX_PREFIX/static"

status_of() { # url [If-None-Match value]
    local header=()
    [[ -n ${2:-} ]] && header=(-H "If-None-Match: $2")
    curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$1"
}

etag_of() {
    curl -s -D - -o /dev/null "$1" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | head -1
}

RESULT_ROWS=()
declare -A RPS=()

# Measures every path on one target (portal or nginx): a warm-up, then each connection count, plainly and as
# revalidations. A revalidation run sends the ETag of a GET made just before it and counts the 304 answers (an
# ETag may change during a run when the public content changes).
measure() {
    local target=$1 base=$2 warmup=$3
    for path in "${PATHS[@]}"; do
        local url=$base$path safe_name
        safe_name=$(printf '%s' "$target$path" | tr -c 'a-zA-Z0-9._-' '_')
        lock
        ((warmup > 0)) && wrk -t2 -c8 -d"${warmup}s" "$url" >/dev/null 2>&1
        for mode in $MODES; do
            for conns in $CONNECTIONS; do
                local threads=$((conns < 2 ? conns : 2)) raw=$RUN_DIR/raw/$safe_name-$mode-c$conns.txt
                local line status wrk_status etag= header=() count=()
                if [[ $mode == revalidate ]]; then
                    etag=$(etag_of "$url")
                    if [[ -z $etag ]]; then
                        RESULT_ROWS+=("| $target | \`$path\` | $conns | $mode | no ETag | | | | |")
                        continue
                    fi
                    header=(-H "If-None-Match: $etag")
                    count=(env WRK_COUNT_304=1)
                fi
                wrk_status=$(status_of "$url" "$etag")
                "${count[@]}" wrk -t"$threads" -c"$conns" -d"${DURATION}s" --timeout 10s --latency -s "$LOAD_DIR/report.lua" \
                    "${header[@]}" "$url" >"$raw" 2>&1 || true
                line=$(grep '^RESULT' "$raw" || echo "RESULT rps=0 p50_ms=- p95_ms=- p99_ms=- non2xx3xx=- socket_errors=- not_modified=-1")
                status=$wrk_status
                if [[ $mode == revalidate ]]; then
                    status="$wrk_status, $(awk -v n="$(result_field not_modified "$line")" -v r="$(result_field requests "$line")" \
                        'BEGIN { if (r > 0) printf "%.1f%% 304", 100 * n / r; else print "-" }')"
                fi
                RPS[$target $path $conns $mode]=$(result_field rps "$line")
                RESULT_ROWS+=("| $target | \`$path\` | $conns | $mode ($status) | $(result_field rps "$line") | $(result_field p50_ms "$line") | $(result_field p95_ms "$line") | $(result_field p99_ms "$line") | $(result_field non2xx3xx "$line") / $(result_field socket_errors "$line") |")
                log "$target $path c=$conns $mode ($status): $(result_field rps "$line") req/s, p95 $(result_field p95_ms "$line") ms"
            done
        done
        unlock
    done
}

start_nginx() {
    nginx -p "$NGINX_PREFIX/" -c "$LOAD_DIR/nginx.conf" -g 'daemon off;' >"$NGINX_PREFIX/logs/stdout.log" 2>&1 9>&- &
    NGINX_PID=$!
    for ((i = 0; i < 50; i++)); do
        # Ours (a leftover nginx on the port would answer too), and answering at all (a page not saved is 404).
        kill -0 "$NGINX_PID" 2>/dev/null && curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && return
        sleep 0.1
    done
    die "nginx did not start; see $NGINX_PREFIX/logs"
}

stop_nginx() {
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID"
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    NGINX_PID=
}
CLEANUP+=(stop_nginx)

START_WINDOWS=${BENCH_START_WINDOWS:-18}
SINCE_START=
if ((START_WINDOWS > 0)); then
    log "throughput since the start: the pages in turn at 8 connections, $START_WINDOWS windows of 10 s"
    lock
    SINCE_START=$(throughput_windows "$START_WINDOWS" 8 "${PATHS[*]}")
    unlock
    log "requests/s by 10-s window since the start: $SINCE_START"
fi

# A warm-up round over every page first: the code they share (Tomcat, Spring, Thymeleaf, Hibernate) is compiled by the
# JIT while the first pages run, which made whichever page came first look several times slower than it is.
log "warming up: every page for ${WARMUP} s"
lock
for path in "${PATHS[@]}"; do
    ((WARMUP > 0)) && wrk -t2 -c8 -d"${WARMUP}s" "$PORTAL_BASE$path" >/dev/null 2>&1
done
unlock
log "measuring the portal: ${#PATHS[@]} paths x {$CONNECTIONS} connections x ${MODES// /, } x ${DURATION} s"
measure portal "$PORTAL_BASE" "$WARMUP"
stop_portal

if [[ -z ${BENCH_SKIP_NGINX:-} ]]; then
    log "measuring nginx serving the same pages as static files on port $NGINX_PORT"
    start_nginx
    measure nginx "http://127.0.0.1:$NGINX_PORT" 2
    stop_nginx
fi

{
    echo "# Public site benchmark, $DATABASE data set ($STAMP)"
    echo
    machine_report
    echo "- wrk $(wrk -v 2>&1 | head -1 | awk '{ print $2 }'), $DURATION s per run after a ${WARMUP} s warm-up per page, threads = min(connections, 2); $(nginx -v 2>&1 | sed 's/.*: //') with deploy/load/nginx.conf"
    echo "- data set: $DATA_DIR${GENERATE_ARGS:+ (generated with $GENERATE_ARGS)}; member \`$MEMBER\`, post \`$POST\`"
    echo "- mode: plain GET, or revalidate (If-None-Match with the ETag of a GET just before the run); in brackets the status of one"
    echo "  such request before the run and, for revalidations, the share of 304 answers during the run"
    echo
    if [[ -n $SINCE_START ]]; then
        echo "Throughput by time since the start (the portal just started on the data set and idle; the pages below in turn, 8"
        echo "connections, page-mix.lua), requests/s in each 10-s window: $SINCE_START (first / last window: $(first_to_last "$SINCE_START"))."
        echo
    fi
    echo "| target | path | conns | mode (status) | req/s | p50 ms | p95 ms | p99 ms | non-2xx/3xx / socket errors |"
    echo "|---|---|---:|---|---:|---:|---:|---:|---:|"
    printf '%s\n' "${RESULT_ROWS[@]}"
    if [[ -z ${BENCH_SKIP_NGINX:-} ]]; then
        echo
        echo "Portal throughput as a share of nginx serving the same pages as files:"
        echo
        echo "| path | conns | mode | portal req/s | nginx req/s | portal / nginx |"
        echo "|---|---:|---|---:|---:|---:|"
        for path in "${PATHS[@]}"; do
            for mode in $MODES; do
                for conns in $CONNECTIONS; do
                    portal=${RPS[portal $path $conns $mode]:-} nginx=${RPS[nginx $path $conns $mode]:-}
                    [[ -n $portal && -n $nginx ]] || continue
                    echo "| \`$path\` | $conns | $mode | $portal | $nginx | $(awk -v p="$portal" -v n="$nginx" 'BEGIN { if (n > 0) printf "%.1f%%", 100 * p / n; else print "-" }') |"
                done
            done
        done
    fi
    echo
    echo "Raw wrk output: \`$(basename "$RUN_DIR")/raw/\`."
} >"$REPORT"
log "results: $REPORT"
