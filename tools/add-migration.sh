#!/usr/bin/env bash
# Adds one migration for each database provider, so the two sets never drift apart.
# Usage: tools/add-migration.sh Name
set -euo pipefail
if [ $# -ne 1 ] || ! [[ "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
    echo "usage: tools/add-migration.sh Name   (PascalCase, e.g. PartnerContributions)" >&2
    exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
cd src/Samskap.Web
dotnet ef migrations add "$1" --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$1" --context PostgresAppDbContext --output-dir Data/Migrations/Postgres
echo "Added $1 for SQLite and PostgreSQL. Data that must be converted needs SQL of its own in each Up and Down."
