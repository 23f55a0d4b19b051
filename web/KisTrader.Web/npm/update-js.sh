#!/usr/bin/env bash
# Refreshes the dashboard's committed front-end files (wwwroot/lib) from npm. Run by hand when upgrading; never from a build.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
cp node_modules/@microsoft/signalr/dist/browser/signalr.min.js ../wwwroot/lib/
cp node_modules/lightweight-charts/dist/lightweight-charts.standalone.production.js ../wwwroot/lib/
cp node_modules/lightweight-charts/LICENSE ../wwwroot/lib/LICENSE.lightweight-charts.txt
rm -rf node_modules
echo "updated; list the versions in ../wwwroot/lib/README.md"
