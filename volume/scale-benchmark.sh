#!/usr/bin/env bash
# The scale benchmark (#16): for each size, a fresh embedded store written by the volume generator, then start-up
# time and memory of both applications over it, p50/p99 of every read, replays and integrity. Prints Markdown.
# Usage: volume/scale-benchmark.sh [clients ...]    default: 450 4500 45000 (about 10k, 100k and 1M events)
# Ports 18080, 18081 and 28017, so a system started by ./run.sh may keep running beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${*:-450 4500 45000}
export SPRING_PROFILES_ACTIVE=local COMMAND_SIDE_PORT=18080 QUERY_SIDE_PORT=18081 EMBEDDED_MONGO_PORT=28017
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
work=volume/target/scale
mkdir -p "$work"

./mvnw -q -B -DskipTests package -pl command-side,query-side,volume -am
jar_of() { ls "$1"/target/"$1"-*-exec.jar | head -n 1; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# starts an application, waits for its health and prints the seconds it took to stdout
start() {
  local module=$1 port=$2 started pid
  started=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  java $JAVA_OPTS -jar "$(jar_of "$module")" > "$work/$module.log" 2>&1 &
  pid=$!
  echo "$pid" > "$work/$module.pid"
  until curl -fs "http://localhost:$port/actuator/health" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "$module exited; see $work/$module.log" >&2; exit 1; }
    sleep 0.2
  done
  awk -v from="$started" -v to="$(date +%s%N)" 'BEGIN { printf "%.1f", (to - from) / 1e9 }'
}

start_both() {
  command_seconds=$(start command-side "$COMMAND_SIDE_PORT")
  query_seconds=$(start query-side "$QUERY_SIDE_PORT")
  pids=("$(cat "$work/command-side.pid")" "$(cat "$work/query-side.pid")")
}

stop_both() {
  for pid in "${pids[@]}"; do kill -TERM "$pid"; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
  pids=()
}

memory() { awk '/VmRSS|VmHWM/ {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$1/status"; }

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
