#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on 127.0.0.1 for the server's PostgreSQL tests and prints the
# URL to use as MEND_TEST_DATABASE_URL. initdb refuses root, so as root it runs as `postgres`
# (or `nobody`). Prints nothing and exits non-zero when PostgreSQL is not installed or won't start.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || exit 1
# A free loopback port unless one is given.
port="${1:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
dir=$(mktemp -d /tmp/mend-pg.XXXXXX)
as=""
if [ "$(id -u)" -eq 0 ]; then
  user=postgres
  id "$user" >/dev/null 2>&1 || user=nobody
  chown "$user" "$dir"
  as="runuser -u $user --"
fi
$as "$bin/initdb" -D "$dir/data" -A trust -U mend >"$dir/initdb.log" 2>&1
$as "$bin/pg_ctl" -D "$dir/data" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/server.log" start >/dev/null
$as "$bin/createdb" -h 127.0.0.1 -p "$port" -U mend mend_test
echo "postgres://mend@127.0.0.1:$port/mend_test"
