#!/usr/bin/env bash
# Overview and scorecard pages under load from wrk (a second process on loopback) over the full demo data.
# Baseline in the same run: a static file served by the same server under the same load.
# Needs: a built jar (./mvnw -q -DskipTests install), wrk and curl (Debian: apt-get install wrk curl).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8099}
DURATION=${DURATION:-20s}
WORK=$(mktemp -d)
JAR="$PWD/app/target/steerboard.jar"
( cd "$WORK" && exec java -jar "$JAR" --server.port="$PORT" --logging.level.root=warn > "$WORK/server.log" 2>&1 ) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$PORT/actuator/health" > /dev/null 2>&1 && break
  sleep 1
done

# A signed-in committee member (viewer): the form sign-in with its CSRF token, then the session cookie.
JAR_COOKIES="$WORK/cookies"
CSRF=$(curl -s -c "$JAR_COOKIES" "http://localhost:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=viewer" \
  --data-urlencode "password=Steerboard@2025" --data-urlencode "_csrf=$CSRF" "http://localhost:$PORT/login"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_COOKIES")
[ -n "$SESSION" ] || { echo "sign-in failed" >&2; exit 1; }

echo "Committee pages under load: $(nproc) cores, wrk -t2 -d$DURATION, session of the demo viewer"
printf '%-34s %5s %10s %10s %10s %8s\n' page conns p50 p99 req/s errors
for PAGE in /css/steerboard.css "/" /scorecard/01 /scorecard/79 /rankings; do
  for _ in 1 2 3; do curl -s -o /dev/null -b "JSESSIONID=$SESSION" "http://localhost:$PORT$PAGE"; done
  for CONNS in 50 200; do
    OUT=$(wrk -t2 -c"$CONNS" -d"$DURATION" --latency -H "Cookie: JSESSIONID=$SESSION" "http://localhost:$PORT$PAGE")
    P50=$(echo "$OUT" | awk '$1 == "50%" {print $2}')
    P99=$(echo "$OUT" | awk '$1 == "99%" {print $2}')
    RPS=$(echo "$OUT" | awk '/Requests\/sec/ {print $2}')
    ERRORS=$(echo "$OUT" | awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}')
    LABEL=$PAGE; [ "$PAGE" = /css/steerboard.css ] && LABEL="baseline: static file"
    printf '%-34s %5s %10s %10s %10s %8s\n' "$LABEL" "$CONNS" "$P50" "$P99" "$RPS" "$ERRORS"
  done
done
