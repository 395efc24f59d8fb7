# Shared by the benchmark scripts of deploy/load/ (sourced, not run): settings, the lock, the large data set,
# starting and stopping the portal. Every setting can be overridden from the environment (see README.md).

set -euo pipefail

LOAD_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$LOAD_DIR/../.." && pwd)
WORK_DIR=${BENCH_WORK_DIR:-/tmp/lsi-bench}
RESULTS_DIR=${BENCH_RESULTS_DIR:-$LOAD_DIR/results}
# Builds and measurements of the same machine take this lock, so they never run at the same time; empty: no lock.
BENCH_LOCK=${BENCH_LOCK-/tmp/portal-maven.lock}
PORTAL_JAR=${PORTAL_JAR:-$REPO_DIR/portal-web/target/portal-web.jar}
# The data set's generator, a tool of its own (large-network-generator/); built when missing.
GENERATOR_JAR=${BENCH_GENERATOR_JAR:-$REPO_DIR/deploy/load/large-network-generator/target/large-network-generator.jar}
PORTAL_PORT=${PORTAL_PORT:-18090}
PORTAL_BASE=http://127.0.0.1:$PORTAL_PORT
# The reference machine: 2 cores, 1 GB heap.
PORTAL_JAVA_OPTS=${PORTAL_JAVA_OPTS:--Xmx1g -XX:ActiveProcessorCount=2}
# The java that runs the portal, and the jar it runs (the copy of PORTAL_JAR, or an extracted one: see
# bench-warmup-pages.sh's BENCH_AOT).
PORTAL_JAVA=${PORTAL_JAVA:-java}
PORTAL_RUN_JAR=${PORTAL_RUN_JAR:-$WORK_DIR/portal-web.jar}
PORTAL_CPUS=${PORTAL_CPUS:-0,1}
# The large data set: an H2 directory, or a MariaDB/MySQL database on the local server.
H2_DATA_DIR=${BENCH_H2_DIR:-$WORK_DIR/h2-large}
MARIADB_HOST=${BENCH_MARIADB_HOST:-127.0.0.1}
MARIADB_PORT=${BENCH_MARIADB_PORT:-3306}
MARIADB_USER=${BENCH_MARIADB_USER:-root}
MARIADB_PASSWORD=${BENCH_MARIADB_PASSWORD:-}
MARIADB_DATABASE=${BENCH_MARIADB_DATABASE:-lsi_bench}
MARIADB_DATA_DIR=${BENCH_MARIADB_DATA_DIR:-$WORK_DIR/mariadb-large}
# Extra arguments of the generator, e.g. "--portal.large-network.posts=2000" for a quick dry run.
GENERATE_ARGS=${BENCH_GENERATE_ARGS:-}
# How long to wait at most for the portal to become idle before measuring (start-up work, search index rebuild).
QUIET_TIMEOUT=${BENCH_QUIET_TIMEOUT:-3600}

PORTAL_PID=
PORTAL_ARGS=()
# Functions the scripts add to run at exit (after the portal is stopped), such as stopping nginx.
CLEANUP=()
mkdir -p "$WORK_DIR"

cleanup() {
    stop_portal
    for step in "${CLEANUP[@]}"; do
        "$step"
    done
}
trap cleanup EXIT

log() {
    printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

die() {
    log "ERROR: $*"
    exit 1
}

# The lock is held on file descriptor 9; processes started in the background never inherit it (9>&-).
lock() {
    if [[ -n $BENCH_LOCK ]]; then
        exec 9>>"$BENCH_LOCK"
        flock 9
    fi
}

unlock() {
    if [[ -n $BENCH_LOCK ]]; then
        flock -u 9
    fi
}

require_tools() {
    local missing=()
    for tool in "$@"; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if ((${#missing[@]})); then
        [[ $(id -u) == 0 ]] || die "missing ${missing[*]}: install them with apt-get (Debian packages)"
        log "installing ${missing[*]} (Debian packages)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
    fi
}

# A private copy of the jar, so that a build during the benchmark does not pull the jar from under the portal.
copy_jar() {
    [[ -f $PORTAL_JAR ]] || die "no $PORTAL_JAR: build it with ./mvnw -q -Pproduction -DskipTests package"
    # ./mvnw verify leaves a development jar there, which cannot start outside the project (no frontend bundle).
    local build_info
    build_info=$(unzip -p "$PORTAL_JAR" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null || true)
    grep -q '"productionMode" *: *true' <<<"$build_info" ||
        die "$PORTAL_JAR is not a production build (./mvnw verify leaves a development jar): build it with ./mvnw -q -Pproduction -DskipTests package"
    if [[ ! $PORTAL_JAR -ef $WORK_DIR/portal-web.jar ]]; then
        lock
        cp "$PORTAL_JAR" "$WORK_DIR/portal-web.jar"
        unlock
    fi
}

# A private copy of the generator's jar, built first when missing; called with the lock held.
copy_generator_jar() {
    if [[ ! -f $GENERATOR_JAR ]]; then
        log "building the generator: ./mvnw -B -q -pl deploy/load/large-network-generator -am package -DskipTests"
        (cd "$REPO_DIR" && ./mvnw -B -q -pl deploy/load/large-network-generator -am package -DskipTests) 9>&- ||
            die "building the generator failed"
        [[ -f $GENERATOR_JAR ]] || die "no $GENERATOR_JAR after building the generator"
    fi
    cp "$GENERATOR_JAR" "$WORK_DIR/large-network-generator.jar"
}

# The settings of one data set: PORTAL_ARGS (arguments of the jar) and the environment of the portal.
use_database() {
    case $1 in
        h2)
            DATA_DIR=$H2_DATA_DIR
            PORTAL_ARGS=()
            ;;
        mariadb)
            DATA_DIR=$MARIADB_DATA_DIR
            PORTAL_ARGS=(--spring.profiles.active=mysql)
            export PORTAL_DB_URL="jdbc:mysql://$MARIADB_HOST:$MARIADB_PORT/$MARIADB_DATABASE?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true"
            export PORTAL_DB_USER=$MARIADB_USER PORTAL_DB_PASSWORD=$MARIADB_PASSWORD
            ;;
        *) die "the data set is h2 or mariadb, not '$1'" ;;
    esac
    DATABASE=$1
    export PORTAL_DATA_DIR=$DATA_DIR
    mkdir -p "$DATA_DIR"
}

mariadb_sql() {
    MYSQL_PWD=$MARIADB_PASSWORD mysql -h "$MARIADB_HOST" -P "$MARIADB_PORT" -u "$MARIADB_USER" -N -B -e "$1"
}

has_large_network() {
    case $DATABASE in
        h2) [[ -f $DATA_DIR/large-network.generated ]] ;;
        mariadb)
            local accounts
            accounts=$(mariadb_sql "select count(*) from information_schema.tables where table_schema = '$MARIADB_DATABASE' and table_name = 'account'")
            [[ $accounts == 1 ]] && [[ $(mariadb_sql "select count(*) from \`$MARIADB_DATABASE\`.account where username like 'bench.%'") -gt 0 ]]
            ;;
    esac
}

# Generates the large network into the data set once (the generator refuses a second time anyway).
ensure_large_network() {
    if has_large_network; then
        log "the $DATABASE data set already holds the large network"
        return
    fi
    if [[ $DATABASE == mariadb ]]; then
        mariadb_sql "create database if not exists \`$MARIADB_DATABASE\` character set utf8mb4 collate utf8mb4_unicode_ci"
    fi
    # The generator reads the portal's own settings (PORTAL_DATA_DIR, PORTAL_DB_*): the same database, the same profile.
    local profile=()
    [[ $DATABASE == mariadb ]] && profile=(--spring.profiles.active=mysql)
    log "generating the large network into the $DATABASE data set ($DATA_DIR) $GENERATE_ARGS"
    lock
    copy_generator_jar
    local started=$SECONDS status=0
    # shellcheck disable=SC2086 # GENERATE_ARGS is a list of arguments
    (cd "$WORK_DIR" && exec java $PORTAL_JAVA_OPTS -jar "$WORK_DIR/large-network-generator.jar" "${profile[@]}" \
        $GENERATE_ARGS) >"$DATA_DIR/generate.log" 2>&1 9>&- || status=$?
    unlock
    grep -E 'Large network (generated|NOT)' "$DATA_DIR/generate.log" >&2 || true
    if [[ $status == 2 ]] && grep -q 'already holds a generated large network' "$DATA_DIR/generate.log"; then
        log "the $DATABASE data set already held the large network"
    elif [[ $status == 0 ]]; then
        log "generated in $((SECONDS - started)) s"
    else
        die "generating failed (exit $status); see $DATA_DIR/generate.log"
    fi
    [[ $DATABASE == h2 ]] && date -u +%FT%TZ >"$DATA_DIR/large-network.generated"
    return 0
}

# Launches the portal in the background on the configured cores (PORTAL_PID); $1 is the log file, the rest are
# extra arguments of the jar after PORTAL_ARGS.
launch_portal() {
    local log_file=$1
    shift
    local pin=()
    if command -v taskset >/dev/null && [[ -n $PORTAL_CPUS ]]; then
        pin=(taskset -c "$PORTAL_CPUS")
    fi
    # shellcheck disable=SC2086 # PORTAL_JAVA_OPTS is a list of options
    (cd "$WORK_DIR" && exec "${pin[@]}" "$PORTAL_JAVA" $PORTAL_JAVA_OPTS -jar "$PORTAL_RUN_JAR" --server.port="$PORTAL_PORT" \
        "${PORTAL_ARGS[@]}" "$@") >"$log_file" 2>&1 9>&- &
    # The subshell executes taskset, which executes java: this is the JVM's pid.
    PORTAL_PID=$!
}

# Starts the portal on the chosen data set and returns once it is healthy and idle; arguments as launch_portal.
start_portal() {
    lock
    launch_portal "$@"
    wait_healthy "$1"
    wait_quiet
    unlock
}

# An empty data directory for a start on the demo data (PORTAL_DATA_DIR).
fresh_demo_data() {
    export PORTAL_DATA_DIR=$WORK_DIR/fresh-demo-data
    rm -rf "$PORTAL_DATA_DIR"
    mkdir -p "$PORTAL_DATA_DIR"
}

# The jar extracted as the container image runs it (PORTAL_JAVA's tools mode) into $WORK_DIR/extracted; PORTAL_RUN_JAR
# then starts the extracted jar. For an AOT cache, which needs the same class path at training and at every start.
extract_jar() {
    EXTRACTED_DIR=$WORK_DIR/extracted
    rm -rf "$EXTRACTED_DIR"
    "$PORTAL_JAVA" -Djarmode=tools -jar "$WORK_DIR/portal-web.jar" extract --destination "$EXTRACTED_DIR" >/dev/null
    PORTAL_RUN_JAR=$EXTRACTED_DIR/portal-web.jar
}

# A training start writing an AOT cache to $1 (log in $2), on fresh demo data, with the further java options given
# after them; it must end by itself (set PORTAL_WARM_UP_EXIT_WHEN_DONE=true for the start deploy/Dockerfile makes, or
# pass -Dspring.context.exit=onRefresh). Called with the lock held.
train_aot_cache() {
    local cache=$1 log_file=$2
    shift 2
    fresh_demo_data
    (cd "$WORK_DIR" && "$PORTAL_JAVA" -XX:AOTCacheOutput="$cache" "$@" -jar "$PORTAL_RUN_JAR" --server.port="$PORTAL_PORT") \
        >"$log_file" 2>&1 9>&- || die "the training start failed; see $log_file"
}

# The address of a public page type on the demo data, the portal running; search asks search-mix.lua's queries in
# turn ({mix}).
demo_page_path() {
    case $1 in
        home) echo / ;;
        news) echo /news ;;
        post) echo "/news/$(first_slug /api/v1/posts)" ;;
        members) echo /members ;;
        member) echo "/members/$(first_slug /api/v1/members)" ;;
        about) curl -s -o /dev/null -w '%{redirect_url}' "$PORTAL_BASE/about" | sed "s#^$PORTAL_BASE##" ;; # the first network page
        search) echo '/search?q={mix}' ;;
        feed) echo /feeds/news.atom ;;
        events) echo /events ;;
        *) die "no page type '$1'" ;;
    esac
}

# A mix of every public page type of the demo data for page-mix.lua (MIX_PATHS), the portal running.
demo_mix_paths() {
    echo "/ /news /news/$(first_slug /api/v1/posts) /members /members/$(first_slug /api/v1/members) /about" \
        "/search?q=trafficking /search?q=helpline+Poland /feeds/news.atom /events /pl/news"
}

# Throughput by time since ready: wrk on the pages of $3 in turn (page-mix.lua) at $2 connections in $1 windows of 10 s
# one after the other, from now; prints each window's requests/s, space-separated.
throughput_windows() {
    local windows=$1 conns=$2 line rps=()
    for ((w = 1; w <= windows; w++)); do
        line=$(MIX_PATHS=$3 LOAD_DIR=$LOAD_DIR wrk -t2 -c"$conns" -d10s --timeout 10s -s "$LOAD_DIR/page-mix.lua" "$PORTAL_BASE" |
            grep '^RESULT')
        rps+=("$(result_field rps "$line")")
    done
    echo "${rps[*]}"
}

# The first window's requests/s as a share of the last's, of throughput_windows' output.
first_to_last() {
    awk '{ if ($NF > 0) printf "%.2f", $1 / $NF; else print "-" }' <<<"$1"
}

# Starts the portal afresh on the demo data (default profile, H2, an empty data directory) and returns as soon as it is
# ready (/actuator/health UP), not idle: READY_MS is the time from java to ready. $1 is the log file.
start_fresh_demo() {
    fresh_demo_data
    PORTAL_ARGS=()
    local started
    started=$(date +%s%N)
    launch_portal "$1"
    wait_healthy "$1"
    READY_MS=$((($(date +%s%N) - started) / 1000000))
}

wait_healthy() {
    for ((i = 0; i < 600; i++)); do
        kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$1" >&2; die "the portal stopped; see $1"; }
        if curl -sf "$PORTAL_BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
            return
        fi
        sleep 0.2
    done
    die "the portal did not become healthy in 120 s; see $1"
}

# Waits until the portal uses less than a tenth of a core for 10 s: start-up work, JIT and a search index
# rebuild (after generating, the index is rebuilt from the database in the background) are done.
wait_quiet() {
    local ticks_per_second previous now idle=0 waited=0
    ticks_per_second=$(getconf CLK_TCK)
    previous=$(cpu_ticks "$PORTAL_PID")
    while ((idle < 2)); do
        sleep 5
        waited=$((waited + 5))
        now=$(cpu_ticks "$PORTAL_PID")
        if (((now - previous) * 10 < ticks_per_second * 5)); then
            idle=$((idle + 1))
        else
            idle=0
            ((waited % 60 == 0)) && log "the portal is still busy ($((100 * (now - previous) / ticks_per_second / 5))% of a core)"
        fi
        previous=$now
        ((waited < QUIET_TIMEOUT)) || die "the portal did not settle in $QUIET_TIMEOUT s"
    done
}

cpu_ticks() {
    # utime + stime of the process and its threads (fields 14 and 15 of /proc/<pid>/stat)
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}

stop_portal() {
    if [[ -n $PORTAL_PID ]] && kill -0 "$PORTAL_PID" 2>/dev/null; then
        kill "$PORTAL_PID"
        for ((i = 0; i < 150; i++)); do
            kill -0 "$PORTAL_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -0 "$PORTAL_PID" 2>/dev/null && kill -9 "$PORTAL_PID"
    fi
    PORTAL_PID=
}

# Real addresses of the data set, as the public API lists them: the member organisation with the most posts
# (of the large network, not of the demo data), and its newest post.
first_slug() {
    curl -sf "$PORTAL_BASE$1" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4
}
busiest_member() {
    local best= most=-1 slug count
    for slug in $(curl -sf "$PORTAL_BASE/api/v1/members" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4); do
        count=$(curl -sf "$PORTAL_BASE/api/v1/posts?organisation=$slug&size=1" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
        if ((${count:-0} > most)); then
            best=$slug most=${count:-0}
        fi
    done
    echo "$best"
}

# wrk on one page of the portal: wrk_page DURATION CONNECTIONS PATH [wrk options...]. A PATH with {mix} in place of
# the query ("/search?q={mix}", "/pl/search?q={mix}") searches with search-mix.lua's mix of queries instead of one.
wrk_page() {
    local duration=$1 conns=$2 path=$3
    shift 3
    local threads=$((conns < 2 ? conns : 2))
    if [[ $path == *'{mix}'* ]]; then
        SEARCH_PATH=${path%%'{mix}'*} wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s "$@" -s "$LOAD_DIR/search-mix.lua" "$PORTAL_BASE"
    else
        wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s "$@" "$PORTAL_BASE$path"
    fi
}

# The requests/s of wrk's own report (wrk_page's output without report.lua).
rps_of() {
    awk '/Requests\/sec/ { print $2 }'
}

# One value of a "RESULT name=value ..." line of wrk's report.lua or of WorkspaceSessions.java.
result_field() { # name line
    sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" ${2#RESULT}"
}

# Machine and software, for the head of every result file.
machine_report() {
    echo "- date: $(date -u +%FT%TZ)"
    echo "- machine: $(nproc) cores ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), $(free -m | awk '/^Mem:/ { print $2 }') MB memory, $(uname -sr)"
    echo "- java: $("$PORTAL_JAVA" -version 2>&1 | head -1); portal options: $PORTAL_JAVA_OPTS (cpus $PORTAL_CPUS)"
    echo "- portal: $(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$REPO_DIR" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'), jar $(date -u -r "$WORK_DIR/portal-web.jar" +%FT%TZ)"
}
