#!/usr/bin/env bash
# What the benchmarks of this directory share: ports beside a running ./run.sh (18080, 18081, 28017), the build, and
# starting and stopping the two applications over the store in $DATA_DIR. Sourced, not run.
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
# (a third argument: the jar to start instead of this build's, e.g. one built from an earlier commit)
start() {
  local module=$1 port=$2 jar=${3:-} started pid
  started=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  java $JAVA_OPTS -jar "${jar:-$(jar_of "$module")}" > "$work/$module.log" 2>&1 &
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
  query_seconds=$(start query-side "$QUERY_SIDE_PORT" "${1:-}")
  pids=("$(cat "$work/command-side.pid")" "$(cat "$work/query-side.pid")")
}

stop_both() {
  for pid in "${pids[@]}"; do kill -TERM "$pid"; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
  pids=()
}

memory() { awk '/VmRSS|VmHWM/ {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$1/status"; }

