#!/usr/bin/env bash
# Record every output postlint gives on examples/cto.md and the shared corpus,
# so a refactor can prove it changed none of it:
#   bash benchmarks/golden.sh /tmp/before      # on the old commit
#   bash benchmarks/golden.sh /tmp/after       # on the new one
#   diff -r /tmp/before /tmp/after && echo identical
# The corpus comes from POSTLINT_CORPUS (default: ../shared/corpus beside the checkout).
set -uo pipefail
out="${1:?usage: golden.sh OUT_DIR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${POSTLINT_CORPUS:-$root/../shared/corpus}"
mkdir -p "$out"
cd "$root"
for fmt in full concise json sarif github gitlab junit; do
  postlint check --no-cache --format "$fmt" examples/cto.md "$corpus" > "$out/check.$fmt" 2>&1
  echo "exit $?" >> "$out/check.$fmt"
done
postlint check --no-cache --select ALL --format json examples/cto.md "$corpus" > "$out/check.all.json" 2>&1
postlint check --no-cache --diff examples/cto.md > "$out/check.diff" 2>&1
postlint rules > "$out/rules" 2>&1
for code in $(postlint rules | awk '{print $1}' | grep -E '^[A-Z]+[0-9]+$'); do postlint rule "$code"; done > "$out/rule-docs" 2>&1
postlint schema > "$out/schema" 2>&1
for cmd in stats keywords jsonld; do
  postlint "$cmd" examples/cto.md > "$out/$cmd" 2>&1
  echo "exit $?" >> "$out/$cmd"
done
POSTLINT_CORPUS="$corpus" python benchmarks/dump.py "$out/dump.json" > /dev/null
echo "recorded in $out"
