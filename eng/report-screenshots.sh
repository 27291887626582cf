#!/usr/bin/env bash
# Writes the screenshots of the report shown in docs/report.md and the README (docs/images/report-*.png), from the
# report's browser tests on the sample model. Needs Chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/ReintegrationScoring.Report.Tests -c Release
RSS_SCREENSHOTS_DIR="$PWD/docs/images" dotnet test tests/ReintegrationScoring.Report.Tests -c Release --no-build --filter "FullyQualifiedName~ReportScreenshots"
