#!/usr/bin/env bash
# Fault test of the packaged service (issue 7, "never lose an article").
#
# Builds target/republish.jar, then runs the tests tagged "fault" against it:
# the jar is started as a separate process, 300 files (valid, invalid, hostile,
# some written slowly) are dropped into a temporary input/ folder, the service
# is killed with SIGKILL twice mid-batch and restarted, and every file must end
# in exactly one of input/.done/, .error/ (with its reason) or .hold/ (with its
# note), with whole outputs and no temporary files left. Takes 1 to 4
# minutes on two cores; it stops by itself (every wait is bounded) and kills
# the service process when it fails.
#
# Usage: src/test/scripts/fault-test.sh [--seed N] [--offline]
#   --seed N    another shuffle and mutation of the batch (the default is fixed)
#   --offline   pass -o to Maven (all dependencies already in ~/.m2)
# Exit status: 0 when every file was accounted for, non-zero otherwise.
# The service's log of a failed run: target/surefire-reports/ names the test;
# the test prints the problems, and the JUnit temp folder holds service.log.
set -euo pipefail

cd "$(dirname "$0")/../../.."
seed=""
mvn_opts=(-B)
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed="$2"; shift 2 ;;
    --offline) mvn_opts+=(-o); shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -n "$seed" ]; then
  mvn_opts+=("-Dfault.seed=$seed")
fi
command -v mvn >/dev/null || { echo "Maven (mvn) is needed" >&2; exit 2; }
command -v java >/dev/null || { echo "Java 17 or newer is needed" >&2; exit 2; }

echo "== building target/republish.jar"
mvn "${mvn_opts[@]}" -q -DskipTests package
echo "== fault tests against the packaged jar"
mvn "${mvn_opts[@]}" -Pfault test-compile surefire:test@fault-test
