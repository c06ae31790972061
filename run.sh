#!/usr/bin/env bash
# Starts the whole system on the embedded store: builds what is needed, then the command side on 8080
# (it hosts the embedded MongoDB on localhost:27017, data under ./data) and the query side on 8081.
# Ctrl-C or SIGTERM stops both. Set MONGODB_URI to use a real MongoDB instead of the embedded one.
set -euo pipefail
cd "$(dirname "$0")"

COMMAND_SIDE_PORT=${COMMAND_SIDE_PORT:-8080}
QUERY_SIDE_PORT=${QUERY_SIDE_PORT:-8081}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
# the local profile: local users with HTTP Basic (see README); production uses JWTs instead
SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE:-local}
export COMMAND_SIDE_PORT QUERY_SIDE_PORT SPRING_PROFILES_ACTIVE
mkdir -p logs

jar_of() { ls "$1"/target/"$1"-*-exec.jar 2>/dev/null | head -n 1; }

needs_build() {
  local jar
  for module in command-side query-side; do
    jar=$(jar_of "$module")
    [ -n "$jar" ] || return 0
    [ -z "$(find pom.xml shared-events event-store "$module" -newer "$jar" \( -name '*.java' -o -name '*.yml' -o -name 'pom.xml' -o -name '*.imports' \) -print -quit)" ] || return 0
  done
  return 1
}

if needs_build; then
  echo "Building (./mvnw package, tests skipped; run ./mvnw verify for the tests)..."
  ./mvnw -q -B -DskipTests package
fi

pids=()
stop() {
  trap - INT TERM EXIT
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "Stopped."
  exit 0
}
trap stop INT TERM EXIT

# shellcheck disable=SC2086 # JAVA_OPTS holds several options
java $JAVA_OPTS -jar "$(jar_of command-side)" > logs/command-side.log 2>&1 &
pids+=($!)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$(jar_of query-side)" > logs/query-side.log 2>&1 &
pids+=($!)

await_health() {
  local name=$1 port=$2 pid=$3
  for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$port/actuator/health" > /dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited; see logs/$name.log" >&2; exit 1; fi
    sleep 1
  done
  echo "$name did not answer on port $port within 120 s; see logs/$name.log" >&2
  exit 1
}
await_health command-side "$COMMAND_SIDE_PORT" "${pids[0]}"
await_health query-side "$QUERY_SIDE_PORT" "${pids[1]}"

store=${MONGODB_URI:-"embedded, mongodb://localhost:${EMBEDDED_MONGO_PORT:-27017} (data in ${DATA_DIR:-./data})"}
cat <<INFO
Client care is up.
  command side  http://localhost:$COMMAND_SIDE_PORT   (OpenAPI: /v3/api-docs, UI: /swagger-ui.html)
  query side    http://localhost:$QUERY_SIDE_PORT   (OpenAPI: /v3/api-docs, UI: /swagger-ui.html)
  event store   $store
  logs          logs/command-side.log, logs/query-side.log
  users         profile $SPRING_PROFILES_ACTIVE: consumer, analyst, auditor, admin, alice, bob (password: <name>-local)
Press Ctrl-C to stop.
INFO
wait -n "${pids[@]}" || true
echo "An application exited; see logs/." >&2
