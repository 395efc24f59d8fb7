#!/usr/bin/env bash
# The cluster drill and the fault drills (issue 20), on one machine, with real processes:
#   MariaDB (this machine's, 127.0.0.1:3306, root) with a database made for the drill, a single-node OpenSearch 2.19
#   (deploy/opensearch-node/), a local SMTP sink (SmtpSink.java), two portal replicas of the production jar on the
#   `mysql` profile with the demo data, sharing database, uploads folder and search engine, and nginx (Debian's
#   package) in front with cookie affinity (nginx.conf).
#
#   deploy/cluster/drill.sh            # builds the production jar first if portal-web/target/portal-web.jar is missing
#
# It proves, in order (each step prints DRILL lines with its figures and stops the script on a failure):
#   1. the cluster (ClusterDrill.java, Playwright and HTTP): a workspace user stays on one replica; a post approved
#      through one replica is on the pages, feeds and search of both within the documented delay; no ETag is answered
#      304 for content it does not describe; every mail of the outbox reaches the SMTP server once;
#   2. SMTP down: mails queued while the SMTP server is down wait, and go once it is back, each once;
#   3. kill -9 of the replica a signed-in person is on, under public load, at the instant an editor on it submits a
#      statement (FaultDrill.java): the public site keeps answering through the other replica, the person and the
#      editor are sent to sign in again there, the save is committed whole or not at all, the editor finds which on
#      the screen, and saving again leaves one post;
#   4. the database stopped under public load at the instant an editor submits a statement, a save while it is down,
#      and the database started again (FaultDrill.java, deploy/cluster/mariadb.sh): public pages answer 200 or 503,
#      the saves are committed whole or refused with the reason, and both replicas recover on their own.
# Step 4 stops and starts this machine's MariaDB (as .ci/run starts it): run it where only the drill uses MariaDB.
# With DRILL_LOAD_SECONDS (e.g. 120), a last step holds load on the two replicas: 128 public connections (wrk, every
# public page type in turn, every DRILL_LOAD_REVALIDATE-th (2) a revalidation with If-None-Match) and 50 workspace
# editors (deploy/load/WorkspaceSessions.java editors) at once, and
# reports throughput, latencies, errors and each replica's heap (needs wrk: apt-get install -y wrk); before it, the same
# page mix at 16 connections for DRILL_LOAD_WARMUP_SECONDS (60; its figures are reported too), as a deploy's first
# minute would. DRILL_LOAD_ONLY=1 starts the cluster and runs this step alone.
#
# Environment: PORTAL_JAR, DRILL_DIR (target/cluster-drill), DRILL_SMTP_DOWN_SECONDS (60), DRILL_SKIP_DB_RESTART=1
# (skips step 4), DRILL_HOLD=1 (starts the cluster, prints its addresses and keeps it running until interrupted, without
# drills: to try things on two replicas), JAVA_HOME (the replicas' and the sink's Java), DRILL_JAVA_OPTS (more options
# for the replicas' JVMs, e.g. a flight recording: -XX:StartFlightRecording=filename=...,settings=profile).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

DRILL_DIR=${DRILL_DIR:-$ROOT/target/cluster-drill}
JAR=${PORTAL_JAR:-$ROOT/portal-web/target/portal-web.jar}
SMTP_DOWN_SECONDS=${DRILL_SMTP_DOWN_SECONDS:-60}
PROXY=http://127.0.0.1:18100
declare -A PORT=([a]=18101 [b]=18102)
SMTP_PORT=12525
SEARCH_PORT=19201
DB="lsi_drill_$(date +%s)"
DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?connectionTimeZone=UTC"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

log() { printf '\n=== drill: %s\n' "$*"; }
fail() { printf 'DRILL FAILED: %s\n' "$*" >&2; exit 1; }
sql() { mariadb -h127.0.0.1 -uroot -N -e "$1" "$DB"; }

declare -A REPLICA_PID=()
smtp_pid="" search_pid="" nginx_pid="" load_pid="" editors_pid=""
cleanup() {
  local status=$?
  for pid in "${REPLICA_PID[@]}" $smtp_pid $search_pid $nginx_pid $load_pid $editors_pid; do kill "$pid" 2>/dev/null || true; done
  # A database drill that failed midway may have left this machine's MariaDB stopped.
  mariadb-admin -h127.0.0.1 -uroot ping >/dev/null 2>&1 || "$ROOT/deploy/cluster/mariadb.sh" start || true
  mariadb -h127.0.0.1 -uroot -e "drop database if exists \`$DB\`" 2>/dev/null || true
  [ "$status" = 0 ] && echo "DRILL passed" || { echo "DRILL failed (status $status); logs in $DRILL_DIR"; tail -n 30 "$DRILL_DIR"/replica-*.log; }
}
trap cleanup EXIT

[ -x "$NGINX" ] || fail "nginx is not installed (apt-get install -y nginx)"
command -v mariadb >/dev/null || fail "the mariadb client is not installed"
mariadb-admin -h127.0.0.1 -uroot ping >/dev/null || fail "MariaDB does not answer on 127.0.0.1:3306"
[ -f "$JAR" ] || ./mvnw -q -B -Pproduction -DskipTests package -pl portal-web -am

rm -rf "$DRILL_DIR"
mkdir -p "$DRILL_DIR"/{mail,uploads,nginx/logs,nginx/tmp}
# The replicas run a copy: the drill's Maven run below packages portal-web again, and a jar replaced under a running
# JVM breaks it (classes it has not loaded yet are gone).
cp "$JAR" "$DRILL_DIR/portal-web.jar"
JAR=$DRILL_DIR/portal-web.jar
mariadb -h127.0.0.1 -uroot -e "create database \`$DB\` character set utf8mb4 collate utf8mb4_unicode_ci"

start_smtp() {
  "$JAVA" deploy/cluster/SmtpSink.java "$SMTP_PORT" "$DRILL_DIR/mail" >> "$DRILL_DIR/smtp.log" 2>&1 &
  smtp_pid=$!
  for _ in $(seq 1 60); do (echo > /dev/tcp/127.0.0.1/$SMTP_PORT) 2>/dev/null && return; sleep 0.5; done
  fail "the SMTP sink did not start"
}

# Starts replica a or b; the first one migrates the schema and writes the demo data, so start them one after the other.
start_replica() {
  local name=$1
  SPRING_PROFILES_ACTIVE=mysql PORTAL_DEMO_ENABLED=true \
    PORTAL_DB_URL="$DB_URL" PORTAL_DB_USER=root PORTAL_DB_PASSWORD= \
    PORT=${PORT[$name]} PORTAL_BASE_URL=$PROXY PORTAL_UPLOADS_DIR="$DRILL_DIR/uploads" \
    PORTAL_SEARCH_BACKEND=elasticsearch PORTAL_SEARCH_HOSTS=127.0.0.1:$SEARCH_PORT \
    PORTAL_MAIL_SEND=true SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT \
    PORTAL_WARM_UP_DURATION=5s \
    "$JAVA" -Xmx700m ${DRILL_JAVA_OPTS:-} -jar "$JAR" --portal.mail.dispatch-interval=2s >> "$DRILL_DIR/replica-$name.log" 2>&1 &
  REPLICA_PID[$name]=$!
}

await_ready() {
  local name=$1 started=$SECONDS
  until curl -fs "http://127.0.0.1:${PORT[$name]}/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "${REPLICA_PID[$name]}" 2>/dev/null || fail "replica $name stopped: see $DRILL_DIR/replica-$name.log"
    [ $((SECONDS - started)) -lt 240 ] || fail "replica $name not ready after 240 s"
    sleep 1
  done
  echo "DRILL replica $name ready in $((SECONDS - started)) s"
}

# Public load through nginx until stopped: one line "<status> <replica>" per request, pages that need the database
# (a request gives up after 20 s: twice the portal's wait for a database connection).
public_load() {
  local out=$1 n=0
  while :; do
    n=$((n + 1))
    for path in "/news?page=$((n % 4 + 1))" "/members/la-strada-poland" "/feeds/news.atom" "/"; do
      curl -s -o /dev/null -m 20 -w '%{http_code} %header{x-drill-replica}\n' "$PROXY$path" >> "$out" || echo "000 -" >> "$out"
    done
  done
}

# Runs a drill class of portal-web's tests (ClusterDrill, FaultDrill#method) against the cluster, with more environment
# given as arguments (NAME=value); prints its DRILL lines. Never green by skipping (without CI=true a missing Chromium
# skips the class): its figures must be there.
drill_class() {
  local test=$1 class=${1%%#*}
  shift
  rm -f portal-web/target/failsafe-reports/*"$class"-output.txt
  env DRILL_PROXY_URL=$PROXY DRILL_REPLICA_URLS="http://127.0.0.1:${PORT[a]},http://127.0.0.1:${PORT[b]}" \
    DRILL_DB_URL="$DB_URL" DRILL_DB_USER=root DRILL_DB_PASSWORD= DRILL_MAIL_DIR="$DRILL_DIR/mail" "$@" \
    ./mvnw -B -o -q verify -pl portal-web -am -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test="$test" -Dfailsafe.failIfNoSpecifiedTests=false -Dspring-boot.repackage.skip=true \
    || { cat portal-web/target/failsafe-reports/*"$class"-output.txt 2>/dev/null | tail -40; fail "$test"; }
  grep -h '^DRILL' portal-web/target/failsafe-reports/*"$class"-output.txt || fail "$test did not run"
}

count_lines() { grep -c "$1" "$2" || true; }

log "SMTP sink, OpenSearch node, replica a, replica b, nginx"
start_smtp
search_pid=$(deploy/opensearch-node/run.sh "$DRILL_DIR/opensearch" "$SEARCH_PORT")
start_replica a
await_ready a
start_replica b
await_ready b
"$NGINX" -p "$DRILL_DIR/nginx/" -c "$ROOT/deploy/cluster/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 30); do curl -fs -o /dev/null "$PROXY/" && break; sleep 0.5; done
curl -fs -o /dev/null "$PROXY/" || fail "nginx does not answer on $PROXY"
if [ "${DRILL_HOLD:-}" = 1 ]; then
  echo "DRILL cluster up: $PROXY (nginx), replicas http://127.0.0.1:${PORT[a]} and http://127.0.0.1:${PORT[b]}, database $DB,"
  echo "DRILL OpenSearch http://127.0.0.1:$SEARCH_PORT, mails in $DRILL_DIR/mail; interrupt to stop"
  wait "$nginx_pid"
fi

if [ "${DRILL_LOAD_ONLY:-}" != 1 ]; then
log "1. the cluster: affinity, one content version, search on both, each mail once (ClusterDrill)"
drill_class ClusterDrill

log "2. SMTP down for $SMTP_DOWN_SECONDS s: mails wait, then go once"
kill "$smtp_pid"; wait "$smtp_pid" 2>/dev/null || true
down_since=$SECONDS
for n in $(seq 1 10); do
  sql "insert into outbox_mail (recipients, subject, body, status, attempts, created_at, next_attempt_at)
       values ('smtp-drill-$n@example.invalid', 'SMTP drill mail $n', 'Queued while the SMTP server was down.', 'PENDING', 0,
               utc_timestamp(6), utc_timestamp(6))"
done
until [ "$(sql "select count(*) from outbox_mail where subject like 'SMTP drill mail %' and attempts > 0 and status = 'PENDING'")" = 10 ]; do
  [ $((SECONDS - down_since)) -lt 60 ] || fail "the replicas did not try the mails while the SMTP server was down"
  sleep 1
done
echo "DRILL smtp: all 10 mails tried and kept waiting ($(sql "select left(last_error, 60) from outbox_mail where subject like 'SMTP drill mail %' limit 1")...)"
sleep $((SMTP_DOWN_SECONDS - (SECONDS - down_since) > 0 ? SMTP_DOWN_SECONDS - (SECONDS - down_since) : 0))
start_smtp
up_at=$SECONDS
until [ "$(sql "select count(*) from outbox_mail where subject like 'SMTP drill mail %' and status = 'SENT'")" = 10 ]; do
  [ $((SECONDS - up_at)) -lt 300 ] || fail "the waiting mails were not sent within 5 minutes of the SMTP server's return"
  sleep 2
done
for n in $(seq 1 10); do
  copies=$({ grep -lE "^Subject: SMTP drill mail $n"$'\r?$' "$DRILL_DIR"/mail/*.eml || true; } | wc -l)
  [ "$copies" = 1 ] || fail "SMTP drill mail $n arrived $copies times"
done
echo "DRILL smtp: down $SMTP_DOWN_SECONDS s, the 10 waiting mails delivered $((SECONDS - up_at)) s after its return, each once"

log "3. kill -9 of a signed-in person's replica under public load"
jar=$DRILL_DIR/person.cookies
csrf=$(curl -s -c "$jar" -b "$jar" "$PROXY/login" | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
[ -n "$csrf" ] || fail "no CSRF token on $PROXY/login"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=poland.editor" --data-urlencode "password=Strada-Demo-2026" \
  --data-urlencode "_csrf=$csrf" "$PROXY/login"
victim=$(awk '$6 == "lsi_replica" { print $7 }' "$jar" | tail -1)
[ -n "$victim" ] || fail "nginx gave the signed-in person no affinity cookie"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$PROXY/workspace/posts")
[ "$status" = 200 ] || fail "the signed-in person got $status for the workspace before the kill"
: > "$DRILL_DIR/load-kill.txt"
public_load "$DRILL_DIR/load-kill.txt" & load_pid=$!
load_from=$SECONDS
# An editor on the same replica submits a statement, and the replica is killed at the instant the save is sent.
drill_class "FaultDrill#aSaveAtTheInstantItsReplicaIsKilledIsCommittedWholeOrNotAtAllAndTheEditorFindsWhichOnTheOtherReplica" \
  DRILL_KILL_REPLICA="$victim" DRILL_KILL_PID="${REPLICA_PID[$victim]}"
echo "DRILL kill: replica $victim killed (kill -9) under public load"
sleep 5
kill "$load_pid"; wait "$load_pid" 2>/dev/null || true; load_pid=""
requests=$(wc -l < "$DRILL_DIR/load-kill.txt")
failed=$(grep -vc '^200 ' "$DRILL_DIR/load-kill.txt" || true)
echo "DRILL kill: $requests public requests through nginx over $((SECONDS - load_from)) s, $failed not 200"
[ "$failed" = 0 ] || { sort "$DRILL_DIR/load-kill.txt" | uniq -c; fail "public requests failed while a replica died"; }
location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" "$PROXY/workspace/posts")
case "$location" in
  */login) echo "DRILL kill: the person on the dead replica is sent to sign in again ($location)" ;;
  *) fail "the person on the dead replica got '$location' instead of the sign-in page" ;;
esac
start_replica "$victim"
await_ready "$victim"
fi

if [ "${DRILL_SKIP_DB_RESTART:-}" != 1 ] && [ "${DRILL_LOAD_ONLY:-}" != 1 ]; then
  log "4. the database restarted under public load, at the instant an editor saves"
  : > "$DRILL_DIR/load-db.txt"
  public_load "$DRILL_DIR/load-db.txt" & load_pid=$!
  # The drill stops MariaDB at the instant an editor's save is sent, saves again while it is down, and starts it again.
  drill_class "FaultDrill#aSaveAtTheInstantTheDatabaseStopsAndOneWhileItIsDownAreCommittedWholeOrRefusedWithTheReason" \
    DRILL_MARIADB="$ROOT/deploy/cluster/mariadb.sh"
  db_back=$SECONDS
  # Every replica, asked directly for a page that needs the database, answers 200 again on its own.
  for name in a b; do
    until [ "$(curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:${PORT[$name]}/news?page=3")" = 200 ]; do
      [ $((SECONDS - db_back)) -lt 60 ] || fail "replica $name still fails 60 s after the database came back"
      sleep 0.5
    done
    echo "DRILL db: replica $name answers 200 $((SECONDS - db_back)) s after the editor's drill (the database came back before it)"
  done
  sleep 3
  kill "$load_pid"; wait "$load_pid" 2>/dev/null || true; load_pid=""
  echo "DRILL db: public requests during the drill: $(cut -d' ' -f1 "$DRILL_DIR/load-db.txt" | sort | uniq -c | tr '\n' ' ')"
  # A request that could not reach the database within the pool's wait (10 s) is told so: 503 with Retry-After and the
  # reason, never a 500, and never left without an answer.
  unexpected=$(cut -d' ' -f1 "$DRILL_DIR/load-db.txt" | grep -cvE '^(200|503)$' || true)
  [ "$unexpected" = 0 ] || fail "$unexpected public requests during the database restart were answered neither 200 nor 503"
  status=$(curl -s -o /dev/null -w '%{http_code}' "$PROXY/news?page=2")
  [ "$status" = 200 ] || fail "/news?page=2 answers $status after the drill"
fi

if [ "${DRILL_LOAD_SECONDS:-0}" -gt 0 ]; then
  seconds=$DRILL_LOAD_SECONDS
  log "5. load held for $seconds s: 128 public connections and 50 workspace editors through nginx"
  command -v wrk >/dev/null || fail "wrk is not installed (apt-get install -y wrk)"
  paths="/ /members /members/la-strada-poland /news /news?page=2 /events /publications /about /feeds/news.atom"
  paths+=" /pl/news /uk/members/la-strada-ukraine /search?q=trafficking /api/v1/members"
  warmup=${DRILL_LOAD_WARMUP_SECONDS:-60}
  # Every n-th public request a revalidation (If-None-Match that never matches: the fresh read, then the whole page).
  revalidate=${DRILL_LOAD_REVALIDATE:-2}
  if [ "$warmup" -gt 0 ]; then
    MIX_PATHS="$paths" LOAD_DIR="$ROOT/deploy/load" wrk -t2 -c16 -d"${warmup}s" --timeout 10s \
      -s deploy/load/page-mix.lua "$PROXY" > "$DRILL_DIR/load-warmup.txt" 2>&1
    echo "DRILL load: warm-up, $warmup s at 16 connections: $(grep -E '^Requests/sec' "$DRILL_DIR/load-warmup.txt")"
  fi
  # The editors sign in first (a few seconds), then both loads run side by side for the same time.
  "$JAVA" deploy/load/WorkspaceSessions.java editors --base "$PROXY" --editors 50 --seconds $((seconds + 10)) \
    --users "poland.editor,ukraine.editor,bulgaria.editor,czech-republic.editor,netherlands.editor,moldova.editor,macedonia.editor" \
    > "$DRILL_DIR/load-editors.txt" 2>&1 &
  editors_pid=$!
  sleep 10
  MIX_PATHS="$paths" MIX_REVALIDATE=$revalidate LOAD_DIR="$ROOT/deploy/load" wrk -t4 -c128 -d"${seconds}s" --timeout 10s \
    -s deploy/load/page-mix.lua "$PROXY" > "$DRILL_DIR/load-public.txt" 2>&1
  wait "$editors_pid" || { editors_pid=""; fail "the editors' harness failed: $(tail -5 "$DRILL_DIR/load-editors.txt")"; }
  editors_pid=""
  cat "$DRILL_DIR/load-public.txt" | grep -v '^ ' | tail -6
  grep -E '^(open|failures|RESULT)' "$DRILL_DIR/load-editors.txt" || true
  for name in a b; do
    echo "DRILL load: replica $name heap after the load: $(jcmd "${REPLICA_PID[$name]}" GC.heap_info 2>/dev/null | grep -m1 -o 'total [0-9]*K, used [0-9]*K')"
  done
  grep -q 'failures=0' "$DRILL_DIR/load-editors.txt" || fail "editors met failures under load"
  grep -q 'Non-2xx' "$DRILL_DIR/load-public.txt" && fail "public requests failed under load"
  grep -q 'Socket errors' "$DRILL_DIR/load-public.txt" && fail "public connections failed under load"
  echo "DRILL load: no errors"
fi
