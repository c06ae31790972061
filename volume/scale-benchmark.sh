#!/usr/bin/env bash
# The scale benchmark (#16): for each size, a fresh embedded store written by the volume generator, then start-up
# time and memory of both applications over it, p50/p99 of every read, replays and integrity. Prints Markdown.
# Usage: volume/scale-benchmark.sh [clients ...]    default: 450 4500 45000 (about 10k, 100k and 1M events)
# Ports 18080, 18081 and 28017, so a system started by ./run.sh may keep running beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${*:-450 4500 45000}
# shellcheck source=volume/bench-common.sh
source volume/bench-common.sh

benchmark() { ./mvnw -q -B -pl volume exec:java -Dvolume.main=com.clientcare.volume.ScaleBenchmark -Dexec.args="$*"; }

for clients in $sizes; do
  export DATA_DIR=$work/data-$clients
  rm -rf "$DATA_DIR"
  echo "## $clients clients ($(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
  start_both
  generated=$(date +%s)
  ./mvnw -q -B -pl volume exec:java -Dexec.args="--command-side=http://localhost:$COMMAND_SIDE_PORT \
    --clients=$clients --checkpoint=$DATA_DIR/volume.checkpoint"
  echo "generated in $(($(date +%s) - generated)) s"
  benchmark --query-side=http://localhost:$QUERY_SIDE_PORT --admin=admin:admin-local --await-only=true
  stop_both
  start_both
  echo "start-up over the data: command side $command_seconds s, query side $query_seconds s"
  benchmark --query-side=http://localhost:$QUERY_SIDE_PORT --clients="$clients" --data-dir="$DATA_DIR"
  echo "memory after the benchmark: command side $(memory "${pids[0]}"), query side $(memory "${pids[1]}")"
  stop_both
done
