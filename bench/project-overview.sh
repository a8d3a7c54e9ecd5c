#!/usr/bin/env bash
# Project overview under load: a signed-in GET /projects/{id} of a full project, at 16 concurrent
# connections on loopback, measured with wrk beside GET /projects and GET /healthz of the same process.
#
# Usage: bench/project-overview.sh
#   SKIP_BUILD=1        use the existing Release build
#   DBS="sqlite"        which databases to run: sqlite (default), postgres or both
#   DURATION=15s        measured duration per path
#   WARMUP=3s           wrk warm-up per path before the measured run
#
# Per database: a fresh database, `create-admin` before the server starts, the server (Release,
# Production, no launch profile), sign-in with curl, one project created through the real form, a
# personal access token made on /account/profile, and with it the full project written through the
# JSON API under /api/v1/projects/{id}: 30 partners, 300 contributions, 20 milestones, 12 scope
# items, 40 uncertainties, the frames (dates and budget), 100 decisions that cite partners and
# contributions, and 100 actions. The counts are checked through GET /api/v1/projects/{id}. Then
# `wrk -t2 -c16 -d$DURATION --latency` with the sign-in cookies on the overview, and for comparison
# on /projects, /healthz with and without the cookies, and the overview with one connection.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apply_nice "$0" "$@"
cd "$root"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
duration="${DURATION:-15s}"
warmup="${WARMUP:-3s}"
connections=16
threads=2
DBS="${DBS:-sqlite}"

# The full project, as the issue defines it (scope items and frames come on top).
partners=30
contributions=300
milestones=20
scope_items=12
uncertainties=40
decisions=100
actions=100

begin_load_run overview

# A date N days from today (negative: before), YYYY-MM-DD. The app counts days in Norwegian time.
day() { TZ=Europe/Oslo date -d "$1 days" +%F; }

# access_token JAR: makes a personal access token on /account/profile as the person of JAR; prints it.
access_token() {
    local jar="$1" page form token key organization expires code plain
    page="$(curl -sf -c "$jar" -b "$jar" "$base/account/profile")" || fail "GET /account/profile failed"
    token="$(form_token <<<"$page")"
    form="$(tr '\n' ' ' <<<"$page" | grep -o 'handler=CreateToken.*' | sed 's#</form>.*##')"
    key="$(grep -o 'name="__FormKey" value="[^"]*"' <<<"$form" | sed 's/.*value="//; s/"$//')"
    organization="$(grep -o 'name="Token.OrganizationId" value="[^"]*"' <<<"$form" | sed 's/.*value="//; s/"$//')"
    expires="$(grep -o '<input[^>]*name="Token.ExpiresOn"[^>]*>' <<<"$form" | grep -o 'value="[^"]*"' | sed 's/^value="//; s/"$//')"
    [ -n "$token" ] && [ -n "$key" ] && [ -n "$organization" ] && [ -n "$expires" ] \
        || fail "no antiforgery token, form key, organisation or expiry in the token form on /account/profile"
    code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
        --data-urlencode "Token.Name=Benchmark seeding" --data-urlencode "Token.ExpiresOn=$expires" \
        --data-urlencode "Token.OrganizationId=$organization" --data-urlencode "__FormKey=$key" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/account/profile?handler=CreateToken")"
    [ "$code" = 302 ] || fail "creating an access token answered $code, not 302"
    # The new token is shown once, on the page the form redirects to.
    plain="$(curl -sf -c "$jar" -b "$jar" "$base/account/profile" | grep -oE 'samskap_pat_[A-Za-z0-9_-]{43}' | head -n 1)"
    [ -n "$plain" ] || fail "the profile page does not show the new access token"
    echo "$plain"
}

# api METHOD PATH BODY STATUS: a call to /api/v1/projects/{id}PATH with the access token, which must
# answer STATUS; prints the answer's body.
api() {
    local method="$1" path="$2" body="$3" expected="$4" out="$work/api.json" code
    local -a data=()
    [ -z "$body" ] || data=(-H 'Content-Type: application/json' --data-binary "$body")
    code="$(curl -s -o "$out" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $api_token" "${data[@]}" \
        "$base/api/v1/projects/$project_id$path")"
    [ "$code" = "$expected" ] || fail "$method /api/v1/projects/{id}$path answered $code, not $expected: $(head -c 600 "$out")"
    cat "$out"
}

# created PATH BODY: POSTs BODY, which must answer 201; prints the new row's id.
created() { api POST "$1" "$2" 201 | jq -er .id; }

# pick ARRAY_NAME INDEX: the element at INDEX, counted round the array.
pick() { local -n list="$1"; echo "${list[$(( $2 % ${#list[@]} ))]}"; }

seed_project() {
    local people person i id partner_ids=() contribution_ids=() decision_ids=()
    people="$(api GET /people "" 200)"
    person="$(jq -er '.[0].id' <<<"$people")"

    echo "== $db: frames, $milestones milestones, $scope_items scope items, $uncertainties uncertainties" >&2
    api PUT /frames "$(printf '{"start":"%s","end":"%s","plannedHours":2400,"usedHours":950,"plannedNok":1500000,"usedNok":640000}' \
        "$(day -120)" "$(day 240)")" 200 >/dev/null
    for i in $(seq "$milestones"); do
        created /milestones "$(printf '{"title":"Milepæl %02d: %s","date":"%s","relationBuilding":%s}' \
            "$i" "$(pick milestone_titles "$i")" "$(day $(( -120 + i * 18 )))" "$( [ $(( i % 4 )) = 1 ] && echo true || echo false)")" >/dev/null
    done
    for i in $(seq "$scope_items"); do
        if [ $(( i % 3 )) = 0 ]; then
            created /scope "$(printf '{"text":"Fast ramme %02d: %s","open":false,"reason":"Vedtatt i kommunestyret og lovpålagt."}' "$i" "$(pick scope_texts "$i")")" >/dev/null
        else
            created /scope "$(printf '{"text":"Åpent %02d: %s","open":true,"reason":""}' "$i" "$(pick scope_texts "$i")")" >/dev/null
        fi
    done
    for i in $(seq "$uncertainties"); do
        created /uncertainties "$(printf '{"text":"Usikkerhet %02d: %s","likelihood":"%s","consequence":"%s","response":"Vi følger det opp på hvert partnermøte og justerer planen.","ownerId":"%s","status":"%s"}' \
            "$i" "$(pick uncertainty_texts "$i")" "$(pick levels "$i")" "$(pick levels $(( i / 3 )))" "$person" "$( [ $(( i % 4 )) = 0 ] && echo closed || echo open)")" >/dev/null
    done

    echo "== $db: $partners partners, $contributions contributions" >&2
    for i in $(seq "$partners"); do
        if [ $(( i % 3 )) = 0 ]; then
            id="$(created /partners "$(printf '{"name":"%s %02d","kind":"%s","role":"Deltar i verksteder og gir råd underveis.","contactName":"Kontaktperson %02d","contactEmail":"partner%02d@example.org","contactPhone":"912 34 %03d","keepBasis":"Samtykke gitt ved oppstart.","deleteContactOn":"%s"}' \
                "$(pick partner_names "$i")" "$i" "$(pick partner_kinds "$i")" "$i" "$i" "$i" "$(day 330)")")"
        else
            id="$(created /partners "$(printf '{"name":"%s %02d","kind":"%s","role":"Deltar i verksteder og gir råd underveis."}' \
                "$(pick partner_names "$i")" "$i" "$(pick partner_kinds "$i")")")"
        fi
        partner_ids+=("$id")
    done
    # Every partner but the last two brings something, so the overview has partners without a contribution too.
    local bringing=$(( partners - 2 )) amount
    for i in $(seq "$contributions"); do
        if [ $(( i % 2 )) = 0 ]; then amount="\"hours\":$(( 2 + i % 17 ))"; else amount="\"nok\":$(( 1500 + (i % 23) * 250 ))"; fi
        id="$(created /contributions "$(printf '{"partnerId":"%s","kind":"%s","description":"Bidrag %03d: %s",%s}' \
            "${partner_ids[$(( i % bringing ))]}" "$(pick contribution_kinds "$i")" "$i" "$(pick contribution_texts "$i")" "$amount")")"
        contribution_ids+=("$id")
    done

    echo "== $db: $decisions decisions, $actions actions" >&2
    local corrects
    for i in $(seq "$decisions"); do
        # Every tenth decision corrects the one before it, as the log allows.
        corrects=""
        [ $(( i % 10 )) != 0 ] || corrects="$(printf ',"corrects":"%s"' "${decision_ids[-1]}")"
        id="$(created /decisions "$(printf '{"title":"Beslutning %03d: %s","decidedOn":"%s","participantIds":["%s"],"partnerIds":["%s","%s"],"contributionIds":["%s","%s","%s"],"basedOnText":"Innspill fra verkstedet og partnernes erfaringer med tjenesten.","citizenKnowledgeChanged":"%s","citizenKnowledgeNote":"Innbyggerne viste oss hvor søknaden stopper opp."%s}' \
            "$i" "$(pick decision_titles "$i")" "$(day $(( -118 + i )))" "$person" \
            "${partner_ids[$(( i % partners ))]}" "${partner_ids[$(( (i + 7) % partners ))]}" \
            "${contribution_ids[$(( (i * 3) % contributions ))]}" "${contribution_ids[$(( (i * 3 + 1) % contributions ))]}" "${contribution_ids[$(( (i * 3 + 2) % contributions ))]}" \
            "$(pick knowledge "$i")" "$corrects")")"
        decision_ids+=("$id")
    done
    local decision point
    for i in $(seq "$actions"); do
        # Half carry out a decision, a few address a readiness point; due dates from a month ago to five months ahead.
        decision=""
        [ $(( i % 2 )) != 0 ] || decision="$(printf ',"decisionId":"%s"' "${decision_ids[$(( i % decisions ))]}")"
        point=""
        [ $(( i % 5 )) != 0 ] || point="$(printf ',"point":"%s"' "$(pick points "$i")")"
        created /actions "$(printf '{"title":"Oppgave %03d: %s","ownerId":"%s","due":"%s","status":"%s"%s%s}' \
            "$i" "$(pick action_titles "$i")" "$person" "$(day $(( -30 + i * 18 / 10 )))" \
            "$( [ $(( i % 10 )) -lt 3 ] && echo done || echo open)" "$decision" "$point")" >/dev/null
    done
}

milestone_titles=("Oppstartsmøte med partnerne" "Bli kjent-samling" "Verksted om behov" "Prototype klar" "Test med innbyggere" "Evaluering")
scope_texts=("Hvordan søknaden ser ut" "Hvor tjenesten gis" "Åpningstider" "Hvem som kan søke" "Budsjettrammen" "Lovkravene til saksbehandling")
uncertainty_texts=("Partnerne har ikke tid i høstferien" "Prototypen blir for dyr" "Få innbyggere melder seg" "Systemleverandøren svarer sent")
levels=(low medium high)
partner_names=("Ungdomsrådet" "Frivilligsentralen" "NAV-kontoret" "Lokalavisa" "Høgskolen" "Pensjonistforeningen" "Idrettslaget" "Helsestasjonen")
partner_kinds=(citizen civil-society public business research civil-society citizen public other public)
contribution_kinds=(knowledge time premises money equipment network other)
contribution_texts=("Lokaler til verkstedet" "Erfaringer fra egne søknader" "Timer til intervjuer" "Kaffe og mat til samlingen" "Kontakter i nabolaget")
decision_titles=("Vi forenkler første side av søknaden" "Vi tester i to bydeler" "Vi flytter verkstedet til kveldstid" "Vi lager en lettlest versjon")
knowledge=(yes no unclear yes)
points=(competence.how frames.time trust.relations facilitation.venue)
action_titles=("Avtale møterom" "Skrive referat" "Ringe partnerne" "Lage utkast til skjema" "Invitere til test")

# check_counts: the project's API answer holds exactly the full project.
check_counts() {
    local json counts expected
    json="$(api GET "" "" 200)"
    counts="$(jq -c '{partners: (.partners | length), contributions: (.contributions | length), milestones: (.milestones | length),
        scope: (.scope | length), uncertainties: (.uncertainties | length), actions: (.actions | length),
        decisions: ([.decisions[] | select(.kind == "decision")] | length), start: (.frames.start != null), end: (.frames.end != null)}' <<<"$json")"
    expected="$(printf '{"partners":%d,"contributions":%d,"milestones":%d,"scope":%d,"uncertainties":%d,"actions":%d,"decisions":%d,"start":true,"end":true}' \
        "$partners" "$contributions" "$milestones" "$scope_items" "$uncertainties" "$actions" "$decisions")"
    [ "$counts" = "$expected" ] || fail "GET /api/v1/projects/{id} holds $counts, not $expected"
    echo "   GET /api/v1/projects/{id}: $counts; warnings: $(jq -c '[.warnings[].id]' <<<"$json")" >&2
}

run_db() {
    db="$1"
    start_server "$db"

    echo "== $db: sign in, one project through POST /projects/new, an access token" >&2
    local jar="$work/cookies-$db.txt" code size
    sign_in "$jar"
    project_id="$(new_project "$jar" "Enklere søknad om støttekontakt" \
        "Hvordan kan kommunen gjøre det enklere å finne, søke om og følge opp støttekontakt, for dem som trenger det mest?" Active)"
    api_token="$(access_token "$jar")"

    seed_project
    check_counts

    # wrk sends exactly this header; check with it that the overview is the signed-in page with every section.
    cookie="$(cookie_header "$jar")"
    grep -q 'samskap\.auth' <<<"$cookie" || fail "no samskap.auth cookie after sign-in"
    code="$(curl -s -o "$work/overview.html" -w '%{http_code}' -H "Cookie: $cookie" "$base/projects/$project_id")"
    [ "$code" = 200 ] || fail "GET /projects/{id} with the auth cookie answered $code, not 200 (signed out?)"
    local section
    for section in warnings partnership-section frames-section actions-section decisions-section; do
        grep -q "data-testid=\"$section\"" "$work/overview.html" || fail "the overview has no $section"
    done
    grep -q "Bidrag: $contributions\." "$work/overview.html" || fail "the overview's partnership section does not count $contributions contributions"
    size="$(wc -c <"$work/overview.html")"
    echo "   /projects/{id}: 200, every section, $size bytes" >&2

    measure "$db" overview "/projects/{id} (full)" "$base/projects/$project_id" "$cookie"
    measure "$db" projects "/projects (1 row)" "$base/projects" "$cookie"
    measure_healthz "$db" "$cookie"
    # One connection: the time one overview takes when nothing queues behind it.
    connections=1 threads=1 measure "$db" overview-c1 "/projects/{id} (full)" "$base/projects/$project_id" "$cookie"

    stop_server
}

for db in $DBS; do
    run_db "$db"
done

echo
echo "Project overview under load: wrk -t$threads -c$connections -d$duration --latency after a $warmup warm-up, 127.0.0.1,"
echo "one project with $partners partners, $contributions contributions, $milestones milestones, $scope_items scope items,"
echo "$uncertainties uncertainties, $decisions decisions and $actions actions; latencies in ms;"
echo "cpu/req = the server process's CPU time (all threads) per request in ms"
print_rows
echo "target: /projects/{id} p95 under 25 ms at 16 connections"
load_line "$load_start"
