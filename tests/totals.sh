#!/usr/bin/env bash
# Reads `cargo test` output on stdin and prints one line with the totals over every test binary
# (unit tests, each tests/*.rs target, doc tests): `N passed, N failed`. tests/run.sh ends with it.
# The counts come from each binary's `test result: ...` line; a binary that crashed before its
# line counts as nothing here, and tests/run.sh still exits non-zero for it.
exec awk '
  /^test result: / {
    for (i = 1; i <= NF; i++) {
      if ($(i) ~ /^passed;?$/) passed += $(i - 1)
      if ($(i) ~ /^failed;?$/) failed += $(i - 1)
    }
  }
  END { printf "%d passed, %d failed\n", passed, failed }
'
