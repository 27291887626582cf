#!/usr/bin/env bash
# Installs the packages as the README and the package pages tell users to, from a folder of packed packages, and runs
# the tool as docs/cli.md and the tool's README show: the documented commands, verbatim (the documentation test checks
# that every command of a sh block is run here or in .ci/run). Usage: eng/check-install.sh PACKAGES-FOLDER
set -euo pipefail
packages="$(cd "${1:?usage: eng/check-install.sh PACKAGES-FOLDER}" && pwd)"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$root/nupkg"' EXIT

# A user's machine: its own home for global tools and packages, the packed packages as the feed named `nupkg`; the
# machine's package cache serves the other packages, read-only, so that nothing of this run stays in it.
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
export DOTNET_CLI_HOME="$work/home"
export NUGET_PACKAGES="$work/home/packages"
export PATH="$DOTNET_CLI_HOME/.dotnet/tools:$PATH"
mkdir -p "$work/app" "$DOTNET_CLI_HOME"
ln -s "$packages" "$work/app/nupkg"
cat > "$work/app/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nupkg" value="nupkg" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="cache" value="$cache" />
  </fallbackPackageFolders>
</configuration>
CONFIG
cp "$root/samples/cohort.csv" "$work/app/survey.csv"
mkdir -p "$work/app/samples" && cp "$root/samples/cohort.csv" "$work/app/samples/cohort.csv"
cd "$work/app"

# README, Install; the packages' READMEs.
dotnet new console --output . --name app > /dev/null
dotnet add package ReintegrationScoring --source nupkg
dotnet add package ReintegrationScoring.Json
dotnet add package ReintegrationScoring.Extensions.Options
dotnet tool install --global ReintegrationScoring.Cli --add-source nupkg
rss score samples/cohort.csv > /dev/null
dotnet tool uninstall --global ReintegrationScoring.Cli

# The tool's README.
dotnet tool install --global ReintegrationScoring.Cli
rss score survey.csv --out scores.csv
rss score survey.csv --missing renormalize --explain explain.csv
rss catalog --format markdown --lang fr > /dev/null
rss weights show --format json > my-weights.json
rss weights validate my-weights.json
dotnet tool uninstall --global ReintegrationScoring.Cli

# docs/cli.md, As an installed .NET tool: packs the tool from the repository into ./nupkg first.
(cd "$root" && dotnet pack src/ReintegrationScoring.Cli -c Release -o nupkg > /dev/null)
rm "$work/app/nupkg" && ln -s "$root/nupkg" "$work/app/nupkg"
dotnet tool install --global --add-source nupkg ReintegrationScoring.Cli
rss score samples/cohort.csv > /dev/null

echo "check-install: the packages install and the tool runs as documented ($SECONDS s)"
