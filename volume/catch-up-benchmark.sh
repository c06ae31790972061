#!/usr/bin/env bash
# Live projection throughput (#16, #17): how fast each projection works off a backlog. The volume generator writes
# the backlog through the command side while no query side runs; then each query-side jar given (default: this
# build's) starts on its own copy of that store, and each projection's events per second until it caught up are
# printed. Give a jar built from an earlier commit beside this build's to compare them in one run.
# Usage: volume/catch-up-benchmark.sh [clients] [query-side jar ...]     default: 200 clients (about 4,600 events)
set -euo pipefail
cd "$(dirname "$0")/.."

clients=${1:-200}
shift || true
# shellcheck source=volume/bench-common.sh
source volume/bench-common.sh
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=("$(jar_of query-side)")

backlog=$work/catch-up-backlog-$clients
export DATA_DIR=$work/catch-up-data
echo "## catch-up of $clients clients' events ($(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
# a backlog written by an earlier run is kept (delete volume/target/scale/catch-up-backlog-* to write it again)
if [ ! -d "$backlog" ]; then
  rm -rf "$DATA_DIR"
  start command-side "$COMMAND_SIDE_PORT" > /dev/null
  pids=("$(cat "$work/command-side.pid")")
  ./mvnw -q -B -pl volume exec:java -Dexec.args="--command-side=http://localhost:$COMMAND_SIDE_PORT \
    --clients=$clients --checkpoint=$DATA_DIR/volume.checkpoint"
  stop_both
  cp -r "$DATA_DIR" "$backlog"
fi

for jar in "${jars[@]}"; do
  rm -rf "$DATA_DIR"
  cp -r "$backlog" "$DATA_DIR"
  echo "### $jar (load $(cut -d' ' -f1-3 /proc/loadavg))"
  start_both "$jar"
  ./mvnw -q -B -pl volume exec:java -Dvolume.main=com.clientcare.volume.ScaleBenchmark \
    -Dexec.args="--query-side=http://localhost:$QUERY_SIDE_PORT --catch-up=true"
  stop_both
done
