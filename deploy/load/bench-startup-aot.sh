#!/usr/bin/env bash
# Start-up with the JDK's archives (issue 21): time from `java` to the readiness probe UP (warm-up off, to see the start
# alone) of the production jar on the demo data (fresh data directory each run), on JDK 17 without and with a CDS archive
# (-XX:ArchiveClassesAtExit from a training start), and on Temurin 25 without and with an AOT cache (JEP 483/514/515:
# -XX:AOTCacheOutput from a training start, which also records method profiles). The jar is extracted first
# (java -Djarmode=tools ... extract), as the container image runs it and as the archives require. Alternating, BENCH_ROUNDS
# rounds (2).
#
#   deploy/load/bench-startup-aot.sh
#
# Environment: BENCH_JAVA17 (java on the PATH), BENCH_JAVA25 (/usr/lib/jvm/temurin-25-jdk-amd64/bin/java), BENCH_ROUNDS
# and those of lib.sh. Writes results/<timestamp>-startup-aot.md.

source "$(dirname "$0")/lib.sh"

require_tools curl unzip
ROUNDS=${BENCH_ROUNDS:-2}
JAVA17=${BENCH_JAVA17:-java}
JAVA25=${BENCH_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN_DIR=$RESULTS_DIR/$STAMP-startup-aot
mkdir -p "$RUN_DIR"
REPORT=$RESULTS_DIR/$STAMP-startup-aot.md
copy_jar
APP=$WORK_DIR/extracted
rm -rf "$APP"
"$JAVA17" -Djarmode=tools -jar "$WORK_DIR/portal-web.jar" extract --destination "$APP" >/dev/null
export PORTAL_WARM_UP_DURATION=0s

# run JAVA OPTIONS...: starts the extracted portal on fresh demo data, prints the milliseconds to readiness UP
run() {
    local java=$1
    shift
    export PORTAL_DATA_DIR=$WORK_DIR/aot-data
    rm -rf "$PORTAL_DATA_DIR"
    mkdir -p "$PORTAL_DATA_DIR"
    local started now
    started=$(date +%s%N)
    # shellcheck disable=SC2086
    (cd "$WORK_DIR" && exec taskset -c "$PORTAL_CPUS" "$java" $PORTAL_JAVA_OPTS "$@" -jar "$APP/portal-web.jar" --server.port="$PORTAL_PORT") \
        >"$RUN_DIR/last.log" 2>&1 9>&- &
    PORTAL_PID=$!
    for ((i = 0; i < 1200; i++)); do
        curl -sf "$PORTAL_BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
        kill -0 "$PORTAL_PID" 2>/dev/null || die "the portal stopped; see $RUN_DIR/last.log"
        sleep 0.1
    done
    now=$(date +%s%N)
    stop_portal
    echo $(((now - started) / 1000000))
}

# train JAVA OPTIONS...: one start that exits once the context is refreshed, to write an archive
train() {
    local java=$1
    shift
    export PORTAL_DATA_DIR=$WORK_DIR/aot-data
    rm -rf "$PORTAL_DATA_DIR"
    mkdir -p "$PORTAL_DATA_DIR"
    (cd "$WORK_DIR" && "$java" "$@" -Dspring.context.exit=onRefresh -jar "$APP/portal-web.jar" --server.port="$PORTAL_PORT") \
        >"$RUN_DIR/train-$(basename "$(dirname "$(dirname "$java")")").log" 2>&1 9>&-
}

lock
log "training: a CDS archive on JDK 17, an AOT cache on Temurin 25"
train "$JAVA17" -XX:ArchiveClassesAtExit="$APP/app.jsa"
train "$JAVA25" -XX:AOTCacheOutput="$APP/app.aot"
declare -A MS
CONFIGS=("jdk17" "jdk17-cds" "jdk25" "jdk25-aot")
for ((round = 1; round <= ROUNDS; round++)); do
    MS[jdk17]+=" $(run "$JAVA17")"
    MS[jdk17-cds]+=" $(run "$JAVA17" -XX:SharedArchiveFile="$APP/app.jsa" -Xlog:cds=off)"
    MS[jdk25]+=" $(run "$JAVA25")"
    MS[jdk25-aot]+=" $(run "$JAVA25" -XX:AOTCache="$APP/app.aot" -Xlog:aot=off -Xlog:cds=off)"
    log "round $round: ${CONFIGS[*]} -> jdk17${MS[jdk17]} / cds${MS[jdk17-cds]} / 25${MS[jdk25]} / aot${MS[jdk25-aot]} (ms)"
done
unlock

{
    echo "# Start-up with the JDK's archives ($STAMP)"
    echo
    echo "Command: \`deploy/load/bench-startup-aot.sh\` (BENCH_ROUNDS=$ROUNDS): production jar, extracted; default profile, demo data"
    echo "in a fresh directory each run; warm-up off; milliseconds from \`java\` to \`/actuator/health/readiness\` UP."
    echo
    echo "| runtime | runs (ms) |"
    echo "|---|---|"
    for config in "${CONFIGS[@]}"; do
        echo "| $config |${MS[$config]} |"
    done
    echo
    echo "- JDK 17: $("$JAVA17" -version 2>&1 | head -1); JDK 25: $("$JAVA25" -version 2>&1 | head -1)"
    machine_report
} >"$REPORT"
log "report: $REPORT"
