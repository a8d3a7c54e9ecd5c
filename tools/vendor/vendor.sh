#!/usr/bin/env bash
# Rebuilds src/Samskap.Web/wwwroot/lib from the versions locked in package-lock.json,
# so that running the app never needs npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../../src/Samskap.Web/wwwroot/lib/designsystemet"
cd "$here"
npm ci --no-audit --no-fund --ignore-scripts
rm -rf "$target"
mkdir -p "$target"
css=node_modules/@digdir/designsystemet-css
web=node_modules/@digdir/designsystemet-web
cp "$css/dist/src/index.css" "$target/designsystemet.css"
cp "$css/dist/theme/designsystemet.css" "$target/theme.css"
cp "$css/LICENSE" "$target/LICENSE-designsystemet-css"
cp "$web/dist/umd/index.js" "$target/designsystemet-web.js"
cp "$web/LICENSE" "$target/LICENSE-designsystemet-web"
node -e 'const l=require("./package-lock.json").packages;for(const p of ["css","web"]){const k="node_modules/@digdir/designsystemet-"+p;console.log(k+" "+l[k].version)}' > "$target/VERSIONS.txt"
sortable="$here/../../src/Samskap.Web/wwwroot/lib/sortablejs"
rm -rf "$sortable"
mkdir -p "$sortable"
cp node_modules/sortablejs/Sortable.min.js "$sortable/Sortable.min.js"
cp node_modules/sortablejs/LICENSE "$sortable/LICENSE"
node -e 'console.log("node_modules/sortablejs "+require("./package-lock.json").packages["node_modules/sortablejs"].version)' > "$sortable/VERSIONS.txt"
signalr="$here/../../src/Samskap.Web/wwwroot/lib/signalr"
rm -rf "$signalr"
mkdir -p "$signalr"
cp node_modules/@microsoft/signalr/dist/browser/signalr.min.js "$signalr/signalr.min.js"
# The package ships no licence file; its package.json says MIT, and its source is in dotnet/aspnetcore.
node -e 'const p=require("./node_modules/@microsoft/signalr/package.json");console.log(p.name+" "+p.version+" is licensed under "+p.license+" by the .NET Foundation and Contributors; source: https://github.com/dotnet/aspnetcore (LICENSE.txt there).")' > "$signalr/LICENSE"
node -e 'console.log("node_modules/@microsoft/signalr "+require("./package-lock.json").packages["node_modules/@microsoft/signalr"].version)' > "$signalr/VERSIONS.txt"
rm -rf node_modules
echo "Vendored into $target:"
cat "$target/VERSIONS.txt" "$sortable/VERSIONS.txt" "$signalr/VERSIONS.txt"
