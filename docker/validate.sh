#!/usr/bin/env bash
# Checks docker/ with whatever this machine has; needs no Docker engine. Exits non-zero when a check fails;
# a check whose tool is missing says "skipped" and does not fail.
#   bash docker/validate.sh              # static checks
#   VALIDATE_BUILD=1 bash docker/validate.sh   # also builds the images (needs a Docker engine)
set -uo pipefail
cd "$(dirname "$0")/.."

failures=0
pass() { echo "ok      $1"; }
fail() { echo "FAILED  $1"; failures=$((failures + 1)); }
skip() { echo "skipped $1"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Dummy values for the secrets compose requires; nothing here is started.
dummy_env=(POSTGRES_PASSWORD=validate-only JWT_SECRET=validate-only-jwt-secret-0000000000000
  INTERNAL_SECRET=validate-only-internal-secret-00000000)

# --- compose: parse, interpolate, validate against the schema ---------------------------------------------------
compose=()
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
  file=docker/compose.yml
elif command -v docker-compose >/dev/null 2>&1; then
  # Compose v1 (Debian's docker-compose) knows no top-level `name:`; check the rest of the file without it.
  compose=(docker-compose)
  file=docker/.compose-v1-validate.yml
  sed '/^name:/d' docker/compose.yml >"$file"
  trap 'rm -rf "$tmp" docker/.compose-v1-validate.yml' EXIT
fi
if [ ${#compose[@]} -gt 0 ]; then
  label="compose config (${compose[*]})"
  if env -u POSTGRES_PASSWORD -u JWT_SECRET -u INTERNAL_SECRET "${dummy_env[@]}" \
    "${compose[@]}" -f "$file" config >"$tmp/compose.out" 2>&1; then
    pass "$label"
  else
    fail "$label"
    cat "$tmp/compose.out"
  fi
  # The secrets must be required: without them compose has to refuse.
  if env -u POSTGRES_PASSWORD -u JWT_SECRET -u INTERNAL_SECRET "${compose[@]}" -f "$file" config >/dev/null 2>&1; then
    fail "compose refuses to run without JWT_SECRET, INTERNAL_SECRET, POSTGRES_PASSWORD"
  else
    pass "compose refuses to run without JWT_SECRET, INTERNAL_SECRET, POSTGRES_PASSWORD"
  fi
else
  skip "compose config (neither 'docker compose' nor 'docker-compose' is installed)"
fi

# --- nginx: syntax of docker/nginx.conf --------------------------------------------------------------------------
conf="$PWD/docker/nginx.conf"
if docker info >/dev/null 2>&1; then
  if docker run --rm -v "$conf:/etc/nginx/nginx.conf:ro" nginx:1.28-alpine nginx -t >"$tmp/nginx.out" 2>&1; then
    pass "nginx -t (nginx:1.28-alpine, the image compose runs)"
  else
    fail "nginx -t (nginx:1.28-alpine)"
    cat "$tmp/nginx.out"
  fi
elif command -v nginx >/dev/null 2>&1; then
  if nginx -t -q -e stderr -g "pid $tmp/nginx.pid;" -c "$conf" >"$tmp/nginx.out" 2>&1; then
    pass "nginx -t ($(nginx -v 2>&1 | sed 's/.*: //'))"
  else
    fail "nginx -t"
    cat "$tmp/nginx.out"
  fi
else
  skip "nginx -t (no nginx and no Docker engine; Debian: apt-get install nginx-light)"
fi

# --- entry points and helper scripts ------------------------------------------------------------------------------
if sh -n docker/entrypoint.sh; then pass "entrypoint.sh parses"; else fail "entrypoint.sh parses"; fi
if command -v node >/dev/null 2>&1; then
  if node --check docker/healthcheck.mjs; then pass "healthcheck.mjs parses"; else fail "healthcheck.mjs parses"; fi
  # Every workspace's package.json must be copied before `npm ci`, or the image's install differs from the lockfile.
  if node -e '
    const fs = require("node:fs");
    const dockerfile = fs.readFileSync("docker/Dockerfile", "utf8");
    const { workspaces } = JSON.parse(fs.readFileSync("package.json", "utf8"));
    const missing = workspaces.filter((w) => !dockerfile.includes(`COPY ${w}/package.json ${w}/`));
    if (missing.length) { console.error("not copied in docker/Dockerfile:", missing.join(", ")); process.exit(1); }
  '; then
    pass "Dockerfile copies every workspace's package.json"
  else
    fail "Dockerfile copies every workspace's package.json"
  fi
else
  skip "healthcheck.mjs and workspace checks (no node)"
fi
missing=()
for entry in subgraphs/identity/src/main.ts subgraphs/questions/src/main.ts subgraphs/experts/src/main.ts \
  subgraphs/rewards/src/main.ts search/src/main.ts gateway/src/main.ts scripts/migrate.ts web/package.json \
  gateway/supergraph.graphql; do
  [ -f "$entry" ] || missing+=("$entry")
done
if [ ${#missing[@]} -eq 0 ]; then
  pass "entry points the image runs exist"
else
  fail "entry points the image runs exist (missing: ${missing[*]})"
fi

# --- optional: build every image ----------------------------------------------------------------------------------
if [ "${VALIDATE_BUILD:-}" = 1 ]; then
  if docker info >/dev/null 2>&1 && [ "${compose[*]}" = "docker compose" ]; then
    if env "${dummy_env[@]}" docker compose -f docker/compose.yml build; then pass "images build"; else fail "images build"; fi
  else
    skip "image build (needs a Docker engine and Compose v2)"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "docker/validate.sh: $failures check(s) failed"
  exit 1
fi
echo "docker/validate.sh: all available checks passed"
