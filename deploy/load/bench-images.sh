#!/usr/bin/env bash
# Image work benchmark (issue 18): does the public site keep its pace while editors upload large photos at once?
# Starts the production jar afresh on the demo data (H2, a fresh data directory), warms it with BENCH_WARM_SECONDS of
# the public page mix, then alternates windows of BENCH_WINDOW_SECONDS: A, the page mix alone; B, the same page mix
# while BENCH_UPLOADERS editors each upload BENCH_PHOTO (4000x3000) photos again and again through the media library
# (deploy/load/WorkspaceSessions.java uploads: sign-in, the library's Vaadin UI, the upload element's multipart POST).
# Reports each window's public requests/s and p95, the portal's largest heap in use (jstat, sampled every second), and
# the uploads done and their time; the figure is B against A in the same run.
#
#   deploy/load/bench-images.sh
#
# Environment: BENCH_ROUNDS (3), BENCH_WINDOW_SECONDS (20), BENCH_WARM_SECONDS (60), BENCH_UPLOADERS (6),
# BENCH_PHOTO (4000x3000), BENCH_CONNECTIONS (8), PORTAL_MEDIA_IMAGE_WORKERS (the portal's default, 1), and those of
# lib.sh. Writes results/<timestamp>-images.md.

source "$(dirname "$0")/lib.sh"

require_tools wrk curl unzip
ROUNDS=${BENCH_ROUNDS:-3}
WINDOW=${BENCH_WINDOW_SECONDS:-20}
WARM=${BENCH_WARM_SECONDS:-60}
UPLOADERS=${BENCH_UPLOADERS:-6}
PHOTO=${BENCH_PHOTO:-4000x3000}
CONNS=${BENCH_CONNECTIONS:-8}
EDITORS=${BENCH_EDITORS:-poland.editor,ukraine.editor,moldova.editor,bulgaria.editor,czech-republic.editor,netherlands.editor}
PASSWORD=${BENCH_PASSWORD:-Strada-Demo-2026}
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN_DIR=$RESULTS_DIR/$STAMP-images
mkdir -p "$RUN_DIR"
REPORT=$RESULTS_DIR/$STAMP-images.md
copy_jar
export LOAD_DIR PORTAL_DATA_DIR=$WORK_DIR/images-data
rm -rf "$PORTAL_DATA_DIR"
mkdir -p "$PORTAL_DATA_DIR"
PORTAL_ARGS=()

# Runs a command (its output into a file) while jstat samples the portal's heap every second; prints the largest heap
# in use (MB).
with_heap_sampling() { # tag output command...
    local samples=$RUN_DIR/heap-$1.txt output=$2
    shift 2
    jstat -gc "$PORTAL_PID" 1000 >"$samples" 2>/dev/null &
    local sampler=$!
    "$@" >"$output"
    kill "$sampler" 2>/dev/null || true
    awk 'NR > 1 && $3 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used } END { printf "%.0f", max }' "$samples"
}

page_mix() { # seconds
    wrk -t2 -c"$CONNS" -d"$1"s --timeout 10s -s "$LOAD_DIR/page-mix.lua" "$PORTAL_BASE" | grep '^RESULT'
}

lock
launch_portal "$RUN_DIR/portal.log"
wait_healthy "$RUN_DIR/portal.log"
post=$(first_slug "/api/v1/posts")
member=$(first_slug "/api/v1/members")
export MIX_PATHS="/ /news /news/$post /members /members/$member /about /search?q=trafficking /feeds/news.atom /events /pl/news"
warm=$(page_mix "$WARM")
log "warm-up, $WARM s of the page mix: $(result_field rps "$warm") requests/s"
ROWS=()
A_RPS=() B_RPS=()
for ((round = 1; round <= ROUNDS; round++)); do
    for kind in A B; do
        tag=$kind$round
        if [[ $kind == A ]]; then
            heap=$(with_heap_sampling "$tag" "$RUN_DIR/wrk-$tag.txt" page_mix "$WINDOW")
            uploads="-"
        else
            java "$LOAD_DIR/WorkspaceSessions.java" uploads --base "$PORTAL_BASE" --users "$EDITORS" --password "$PASSWORD" \
                --uploaders "$UPLOADERS" --seconds "$WINDOW" --width "${PHOTO%x*}" --height "${PHOTO#*x}" \
                >"$RUN_DIR/uploads-$tag.txt" 2>&1 9>&- &
            harness=$!
            # The uploaders make their photo, sign in and open their libraries first; the window starts with their uploads.
            for ((i = 0; i < 600; i++)); do
                grep -q '^UPLOADING' "$RUN_DIR/uploads-$tag.txt" 2>/dev/null && break
                kill -0 "$harness" 2>/dev/null || break
                sleep 0.1
            done
            heap=$(with_heap_sampling "$tag" "$RUN_DIR/wrk-$tag.txt" page_mix "$WINDOW")
            wait "$harness" || { cat "$RUN_DIR/uploads-$tag.txt" >&2; die "the upload harness failed"; }
            line=$(grep '^RESULT' "$RUN_DIR/uploads-$tag.txt")
            uploads="$(result_field uploads "$line") ($(result_field refused "$line") refused), p50 $(result_field upload_p50_ms "$line") ms, p95 $(result_field upload_p95_ms "$line") ms"
        fi
        line=$(cat "$RUN_DIR/wrk-$tag.txt")
        rps=$(result_field rps "$line")
        [[ $kind == A ]] && A_RPS+=("$rps") || B_RPS+=("$rps")
        log "$tag: $rps requests/s, p95 $(result_field p95_ms "$line") ms, heap up to $heap MB; uploads: $uploads"
        ROWS+=("| $tag | $rps | $(result_field p95_ms "$line") | $(result_field non2xx3xx "$line") | $heap | $uploads |")
    done
done
stop_portal
unlock

ratio=$(awk -v a="${A_RPS[*]}" -v b="${B_RPS[*]}" 'BEGIN { n = split(a, x, " "); split(b, y, " "); for (i = 1; i <= n; i++) { sa += x[i]; sb += y[i] } printf "%.2f", sb / sa }')
{
    echo "# Image work: public throughput while editors upload large photos ($STAMP)"
    echo
    echo "Command: \`deploy/load/bench-images.sh\` (BENCH_ROUNDS=$ROUNDS, windows of $WINDOW s after $WARM s of warm-up, $CONNS connections on the page mix, $UPLOADERS uploaders of $PHOTO photos, image workers ${PORTAL_MEDIA_IMAGE_WORKERS:-1})."
    echo
    echo "Warm-up ($WARM s of the page mix): $(result_field rps "$warm") requests/s, p95 $(result_field p95_ms "$warm") ms."
    echo
    echo "| window | public requests/s | public p95 ms | public errors | heap in use, max MB | uploads (refused), time to answer |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "Public throughput with uploads against without (B / A, all rounds): **$ratio**."
    echo
    machine_report
} >"$REPORT"
log "report: $REPORT"
