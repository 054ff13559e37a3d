#!/usr/bin/env bash
# A real Elasticsearch for tests and development, on loopback, without Docker:
#   bash scripts/elasticsearch.sh start   fetch (cached), install analysis, start, wait for health, print the URL
#   bash scripts/elasticsearch.sh stop    stop the server started here
#   bash scripts/elasticsearch.sh url     print the URL of the running server (exit 1 when none)
#
# The distribution is the one Maven Central publishes for integration tests
# (org.elasticsearch.distribution.integ-test-zip:elasticsearch), fetched with mvn into .cache/elasticsearch/.
# It ships only four modules (no analysis-common), so the token filters our mapping names that the server lacks
# (`asciifolding`, `stemmer`) come from search/elasticsearch/analysis, compiled here against the distribution's own
# jars (Lucene's filters) and installed as a module. See search/README.md.
#
# Environment: ES_VERSION (8.19.21), ES_PORT (first free from 39200), JAVA_HOME (the java on PATH otherwise).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${ES_VERSION:-8.19.21}"
cache="$root/.cache/elasticsearch"
home="$cache/elasticsearch-$version"
state="$root/.data/elasticsearch"
module_source="$root/search/elasticsearch/analysis"
module_dir="$home/modules/peerdesk-analysis"
run_as=elasticsearch

log() { echo "elasticsearch: $*" >&2; }

# --- the distribution and its analysis module (both cached) ----------------------------------------------------
fetch() {
  [ -x "$home/bin/elasticsearch" ] && return
  command -v mvn >/dev/null || { log "mvn is required to fetch Elasticsearch from Maven Central"; exit 2; }
  log "fetching Elasticsearch $version (integ-test-zip) from Maven Central"
  mkdir -p "$cache"
  mvn -q -B dependency:copy \
    -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$version:zip" \
    -DoutputDirectory="$cache" >&2
  local tmp
  tmp="$(mktemp -d "$cache/unpack.XXXXXX")"
  unzip -q "$cache/elasticsearch-$version.zip" -d "$tmp"
  rm -rf "$home" && mv "$tmp/elasticsearch-$version" "$home" && rm -rf "$tmp" "$cache/elasticsearch-$version.zip"
}

install_analysis() {
  [ -d "$home/modules/analysis-common" ] && return # a full distribution: nothing to provide
  local jar="$module_dir/peerdesk-analysis-$version.jar" digest
  digest="$(cat "$module_source"/org/peerdesk/analysis/*.java | sha256sum | cut -c1-16)"
  [ -f "$jar" ] && [ "$(cat "$module_dir/.source-digest" 2>/dev/null)" = "$digest" ] && return
  command -v javac >/dev/null || { log "javac (JDK 17+) is required to build the analysis module"; exit 2; }
  log "building the analysis module against Elasticsearch $version's Lucene"
  local classes
  classes="$(mktemp -d)"
  javac --release 17 -nowarn -cp "$home/lib/*" -d "$classes" $(find "$module_source" -name '*.java') >&2
  rm -rf "$module_dir" && mkdir -p "$module_dir"
  (cd "$classes" && jar --create --file "$jar" .)
  rm -rf "$classes"
  cat >"$module_dir/plugin-descriptor.properties" <<EOF
description=Peerdesk: asciifolding and stemmer token filters (analysis-common is not in the integ-test distribution)
version=$version
name=peerdesk-analysis
classname=org.peerdesk.analysis.PeerdeskAnalysisPlugin
java.version=17
elasticsearch.version=$version
EOF
  echo "$digest" >"$module_dir/.source-digest"
}

# --- running it ---------------------------------------------------------------------------------------------------
java_home() {
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; return; fi
  command -v java >/dev/null || { log "Java 17+ is required (set JAVA_HOME or put java on PATH)"; exit 2; }
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

port_file="$state/port"
pid_file="$state/elasticsearch.pid"

url() { echo "http://127.0.0.1:$(cat "$port_file")"; }

healthy() {
  [ -f "$port_file" ] || return 1
  curl -fsS --max-time 2 "$(url)/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null | grep -q '"status":"\(green\|yellow\)"'
}

running() { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

free_port() {
  local port="${ES_PORT:-39200}"
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Elasticsearch refuses to run as root: as root, run it as a dedicated system user owning its files.
as_server_user() {
  if [ "$(id -u)" -ne 0 ]; then "$@"; return; fi
  id "$run_as" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$run_as"
  chown -R "$run_as:" "$home" "$state"
  # The user must be able to reach both folders through the project's path.
  local dir
  for dir in "$home" "$state"; do
    while dir="$(dirname "$dir")" && [ "$dir" != / ]; do chmod o+x "$dir" 2>/dev/null || true; done
  done
  runuser -u "$run_as" -- "$@"
}

start() {
  if running && healthy; then url; return; fi
  fetch
  install_analysis
  mkdir -p "$state/data" "$state/logs"
  running && kill "$(cat "$pid_file")" 2>/dev/null && sleep 2 # alive but unhealthy: restart it
  local port
  port="$(free_port)"
  echo "$port" >"$port_file"
  log "starting Elasticsearch $version on 127.0.0.1:$port (data in ${state#"$root/"})"
  rm -f "$pid_file"
  as_server_user env ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="-Xms512m -Xmx512m ${ES_EXTRA_JAVA_OPTS:-}" \
    "$home/bin/elasticsearch" -d -p "$pid_file" \
    -Ecluster.name=peerdesk-test -Enode.name=peerdesk \
    -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port="$port" \
    -Expack.security.enabled=false \
    -Ecluster.routing.allocation.disk.threshold_enabled=false \
    -Epath.data="$state/data" -Epath.logs="$state/logs" >"$state/start.log" 2>&1 ||
    { cat "$state/start.log" >&2; log "failed to start"; exit 1; }
  local deadline=$((SECONDS + 180))
  until healthy; do
    if ! running || [ $SECONDS -gt $deadline ]; then
      tail -n 40 "$state/logs/peerdesk-test.log" >&2 2>/dev/null || cat "$state/start.log" >&2
      log "did not become healthy"
      exit 1
    fi
    sleep 1
  done
  log "ready: $(url)"
  url
}

stop() {
  if ! running; then log "not running"; return; fi
  local pid
  pid="$(cat "$pid_file")"
  kill "$pid"
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  rm -f "$pid_file"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) if running && healthy; then url; else log "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 64 ;;
esac
