#!/usr/bin/env bash
# Adds every symbol the public API analyzer reports as undeclared (RS0016) to the project's PublicAPI.Unshipped.txt.
# Usage: eng/update-public-api.sh src/ReintegrationScoring   (run after changing a shipped package's public API)
set -euo pipefail
project_dir="${1:?usage: $0 <project folder>}"
unshipped="$project_dir/PublicAPI.Unshipped.txt"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet build "$project_dir" -p:TreatWarningsAsErrors=false -clp:NoSummary >"$log" 2>&1 || true
grep -o "RS0016: Symbol '[^']*'" "$log" | sed "s/^RS0016: Symbol '//; s/'\$//" | sort -u > "$log.symbols" || true
count=$(wc -l < "$log.symbols")
if [ "$count" -gt 0 ]; then
  { grep -v '^#nullable enable$' "$unshipped" || true; cat "$log.symbols"; } | sort -u > "$log.merged"
  { echo '#nullable enable'; cat "$log.merged"; } > "$unshipped"
fi
rm -f "$log.symbols" "$log.merged"
echo "$count symbol(s) added to $unshipped"
