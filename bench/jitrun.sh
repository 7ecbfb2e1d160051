#!/bin/bash
# Alternating wall-time runs of the quality engine's aggregate statement and the hand-written one, JIT off and on
# (issue 14). Usage: bench/jitrun.sh DIR TABLE ROUNDS, where DIR holds engine-TABLE.sql and hand-TABLE.sql, the
# statements QualityEngineBench#postgresqlStatements writes (engine-pg.sql, hand-pg.sql) with their table renamed.
# Connects as PGHOST/PGUSER/PGPASSWORD/PGDATABASE say (default: localhost, steerboard, steerboard_engine_bench).
set -euo pipefail
dir=$1; t=$2; rounds=$3
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-steerboard} PGDATABASE=${PGDATABASE:-steerboard_engine_bench}
for r in $(seq 1 "$rounds"); do
  for stmt in engine hand; do
    for jit in off on; do
      s=$(date +%s.%N)
      psql -q -o /dev/null -c "SET jit = $jit" -f "$dir/$stmt-$t.sql"
      e=$(date +%s.%N)
      echo "$t $stmt jit=$jit round=$r $(echo "$e - $s" | bc) s load=$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
