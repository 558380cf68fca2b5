#!/usr/bin/env bash
# The dispatch board at 50,000 open tickets and 500 technicians: opens it in Chromium (Debian's chromium and
# chromium-driver) and prints the server time of the first render and the bytes received, five loads in a row.
# Not part of `verify`. Usage: platform/benchmarks/board.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
./mvnw -B -ntp -pl platform/server -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=BoardAtScaleMeasurement -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Dfailsafe.useFile=false 2>&1 | tee /tmp/intervo-board-measurement.log \
  | grep -E '^(seeded|Board at|\|)' || true
grep -q 'Tests run: 1, Failures: 0, Errors: 0' /tmp/intervo-board-measurement.log
