#!/bin/sh
# Starts the process that $SERVICE names, as PID 1's direct replacement (exec) so SIGTERM reaches Node.
# Extra arguments go to the process: `docker compose run --rm migrate --seed`.
set -eu
cd /app

case "${SERVICE:-}" in
  identity | questions | experts | rewards) exec node --import tsx "subgraphs/${SERVICE}/src/main.ts" "$@" ;;
  search) exec node --import tsx search/src/main.ts "$@" ;;
  gateway) exec node --import tsx gateway/src/main.ts "$@" ;;
  # adapter-node listens on PORT; the platform's name for it is WEB_PORT.
  web) PORT="${PORT:-${WEB_PORT:-3000}}" exec node web/build/index.js "$@" ;;
  migrate) exec node --import tsx scripts/migrate.ts "$@" ;;
  *)
    echo "entrypoint: SERVICE must be one of identity, questions, experts, rewards, search, gateway, web, migrate (got '${SERVICE:-}')" >&2
    exit 64
    ;;
esac
