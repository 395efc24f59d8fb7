#!/usr/bin/env bash
# Starts one OpenSearch 2.19 node on 127.0.0.1 (CI's search phase and the drills; see README.md here) and waits until
# its cluster is ready (yellow at least: one node's indexes have no place for their replicas). Builds the node first when it is missing (OpenSearch's artifacts from Maven Central).
#
#   deploy/opensearch-node/run.sh <home folder> [http port, 19200]   # prints the node's pid; stop it with kill <pid>
#
# Environment: OPENSEARCH_JAVA_OPTS (-Xms512m -Xmx512m), JAVA (java).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
home=${1:?usage: run.sh <home folder> [http port]}
port=${2:-19200}
if [[ ! -f $here/target/opensearch-node.jar || ! -d $here/target/lib ]]; then
    # A clean build, so the library folder holds no jar of an earlier version.
    (cd "$here/../.." && ./mvnw -q -B -f deploy/opensearch-node/pom.xml clean package) >&2
fi
mkdir -p "$home"
# shellcheck disable=SC2086 # a list of options
"${JAVA:-java}" ${OPENSEARCH_JAVA_OPTS:--Xms512m -Xmx512m} -cp "$here/target/opensearch-node.jar:$here/target/lib/*" \
    org.lastrada.portal.opensearchnode.OpenSearchNode "$home" "$port" >"$home/node.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
    if curl -sf "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
        echo "$pid"
        exit 0
    fi
    kill -0 "$pid" 2>/dev/null || { tail -30 "$home/node.log" >&2; echo "the OpenSearch node stopped; see $home/node.log" >&2; exit 1; }
    sleep 1
done
tail -30 "$home/node.log" >&2
kill "$pid" 2>/dev/null || true
echo "the OpenSearch node was not ready within 2 minutes; see $home/node.log" >&2
exit 1
