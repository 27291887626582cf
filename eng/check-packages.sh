#!/usr/bin/env bash
# Checks the packages in a folder (the output of `dotnet pack`) against what users expect of them: every package has
# its readme, icon, licence and repository commit; the libraries carry XML docs and keep PDBs for the symbol
# package; the rss tool rolls forward to newer runtimes and carries neither XML docs nor PDBs; the Json package
# carries the JSON Schemas. Usage: eng/check-packages.sh FOLDER
set -euo pipefail
folder="${1:?usage: eng/check-packages.sh FOLDER}"
root="$(cd "$(dirname "$0")/.." && pwd)"
failures=0

fail() { echo "check-packages: $*" >&2; failures=$((failures + 1)); }
entries() { unzip -Z1 "$1"; }
has() { grep -qx -- "$2" <<<"$(entries "$1")" || fail "$(basename "$1") lacks $2"; }
lacks() { # PACKAGE PATTERN [ALLOWED-NAME]
  local found
  found="$(grep -E -- "$2" <<<"$(entries "$1")" | grep -vF -- "${3:-/nothing-allowed/}" || true)"
  [[ -z "$found" ]] || fail "$(basename "$1") holds ${found%%$'\n'*}"
}

shopt -s nullglob
for project in "$root"/src/*/*.csproj; do
  id="$(basename "$project" .csproj)"
  package=("$folder/$id".[0-9]*.nupkg)
  symbols=("$folder/$id".[0-9]*.snupkg)
  if [[ ${#package[@]} -ne 1 || ${#symbols[@]} -ne 1 ]]; then
    fail "$id: expected one .nupkg and one .snupkg in $folder"
    continue
  fi

  nuspec="$(unzip -p "${package[0]}" "$id.nuspec")"
  has "${package[0]}" README.md
  has "${package[0]}" icon.png
  for element in '<readme>README.md</readme>' '<icon>icon.png</icon>' '<license type="expression">MIT</license>' '<repository type="git"'; do
    grep -qF -- "$element" <<<"$nuspec" || fail "$id.nuspec lacks $element"
  done
  lacks "${package[0]}" '\.pdb$'
  grep -q '\.pdb$' <<<"$(entries "${symbols[0]}")" || fail "$(basename "${symbols[0]}") holds no PDB"

  if [[ "$id" == ReintegrationScoring.Cli ]]; then
    has "${package[0]}" tools/net10.0/any/rss.dll
    lacks "${package[0]}" '^tools/.*/[^/]+\.xml$' DotnetToolSettings.xml # XML docs; the tool's manifest may stay
    grep -q '"rollForward": "Major"' <<<"$(unzip -p "${package[0]}" tools/net10.0/any/rss.runtimeconfig.json)" \
      || fail "the rss tool does not roll forward to newer runtimes"
    has "${symbols[0]}" tools/net10.0/any/rss.pdb
  else
    grep -q "^lib/.*/$id\.xml$" <<<"$(entries "${package[0]}")" || fail "${package[0]} has no XML docs"
  fi
done

for schema in "$root"/docs/schemas/*.schema.json; do
  has "$folder"/ReintegrationScoring.Json.[0-9]*.nupkg "schemas/$(basename "$schema")"
done

if [[ $failures -gt 0 ]]; then
  exit 1
fi
echo "check-packages: every package as expected"
