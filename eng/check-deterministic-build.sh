#!/usr/bin/env bash
# Deterministic, path-independent builds: two clones of the same commit, in folders of different names and depths,
# build every shipped project (src/*) as CI does, and their assemblies and PDBs must be byte-identical.
# Usage: eng/check-deterministic-build.sh [COMMIT]   (default: HEAD)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$root" rev-parse "${1:-HEAD}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  local clone="$1"
  git clone --quiet --no-checkout "$root" "$clone"
  git -C "$clone" checkout --quiet --detach "$commit"
  # One solution of the shipped projects, at the same place in both clones.
  (cd "$clone" && dotnet new sln --name shipped --format sln > /dev/null && dotnet sln shipped.sln add src/*/*.csproj > /dev/null)
  dotnet build "$clone/shipped.sln" -c Release -p:ContinuousIntegrationBuild=true -nologo -clp:NoSummary -v:quiet
}

start=$SECONDS
build "$work/a"
build "$work/another/folder/b-with-a-longer-name"

cd "$work/a"
mapfile -t outputs < <(find src -path '*/bin/Release/*' \( -name '*.dll' -o -name '*.pdb' -o -name '*.exe' -o -name rss \) -type f | sort)
(cd "$work/another/folder/b-with-a-longer-name" && find src -path '*/bin/Release/*' \( -name '*.dll' -o -name '*.pdb' -o -name '*.exe' -o -name rss \) -type f | sort) > "$work/b.list"
if ! diff <(printf '%s\n' "${outputs[@]}") "$work/b.list" > /dev/null; then
  echo "check-deterministic-build: the two clones built different sets of files" >&2
  diff <(printf '%s\n' "${outputs[@]}") "$work/b.list" >&2 || true
  exit 1
fi

differing=0
for file in "${outputs[@]}"; do
  if ! cmp --silent "$file" "$work/another/folder/b-with-a-longer-name/$file"; then
    echo "check-deterministic-build: $file differs between the two clones" >&2
    differing=$((differing + 1))
  fi
done
if [[ $differing -gt 0 || ${#outputs[@]} -eq 0 ]]; then
  exit 1
fi
echo "check-deterministic-build: ${#outputs[@]} assemblies and PDBs byte-identical across two clones ($((SECONDS - start)) s)"
