#!/usr/bin/env bash
# Stops or starts this machine's MariaDB (127.0.0.1:3306, root) for the database fault drill: drill.sh step 4 and
# FaultDrill.java, which stops it at the instant an editor's save is sent.
#   deploy/cluster/mariadb.sh stop    # returns once the server process has gone (at most 2 minutes)
#   deploy/cluster/mariadb.sh start   # returns once the server answers (at most 1 minute)
set -euo pipefail
case "${1:-}" in
  stop)
    pid=$(pgrep -xo mariadbd || true)
    timeout 150 mariadb-admin -h127.0.0.1 -uroot shutdown
    # The shutdown command returns before the server has gone; starting again meanwhile would do nothing.
    for _ in $(seq 1 1200); do
      { [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; } && exit 0
      sleep 0.1
    done
    echo "MariaDB did not stop within 2 minutes" >&2; exit 1 ;;
  start)
    # A server still shutting down would make the start below do nothing: wait until it has gone, or answers.
    for _ in $(seq 1 1200); do
      pgrep -x mariadbd >/dev/null || break
      mariadb-admin -h127.0.0.1 -uroot ping >/dev/null 2>&1 && exit 0
      sleep 0.1
    done
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    for _ in $(seq 1 120); do
      mariadb-admin -h127.0.0.1 -uroot ping >/dev/null 2>&1 && exit 0
      sleep 0.5
    done
    echo "MariaDB did not start again within 1 minute" >&2; exit 1 ;;
  *) echo "usage: $0 stop|start" >&2; exit 2 ;;
esac
