#!/usr/bin/env bash
# Every endpoint of Mend's API, driven by curl alone: with the session cookie, then with a
# personal access token. Usage: docs/examples/curl-walkthrough.sh http://localhost:4321 name password
# (on a Mend whose first account is not yet created, or with MEND_OPEN_REGISTRATION=true).
set -euo pipefail
BASE="${1:-http://localhost:4321}/api/v1"
NAME="${2:-walkthrough}"
PASSWORD="${3:-a long walk by the sea}"
JAR="$(mktemp)"
trap 'rm -f "$JAR"' EXIT

json() { curl -sS --fail-with-body -H 'Content-Type: application/json' "$@"; }
field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s)'"$1"';console.log(typeof v==="object"?JSON.stringify(v):v)})'; }

echo "# health";            curl -sS --fail-with-body "$BASE/health"; echo
echo "# setup status";      curl -sS --fail-with-body "$BASE/auth/setup"; echo
echo "# register";          json -c "$JAR" -X POST "$BASE/auth/register" -d "{\"name\":\"$NAME\",\"password\":\"$PASSWORD\"}"; echo
echo "# log out";           curl -sS --fail-with-body -b "$JAR" -c "$JAR" -X POST "$BASE/auth/logout"; echo
echo "# log in";            json -c "$JAR" -X POST "$BASE/auth/login" -d "{\"name\":\"$NAME\",\"password\":\"$PASSWORD\"}"; echo
echo "# me";                curl -sS --fail-with-body -b "$JAR" "$BASE/me"; echo

echo "# skills";            curl -sS --fail-with-body -b "$JAR" "$BASE/skills" | field '.skills.length'
echo "# add my own skill"
SKILL=$(json -b "$JAR" -X POST "$BASE/skills" -d '{"name":"Feeding the ducks","kind":"coping","family":"soothing"}' | field '.id')
echo "$SKILL"
echo "# re-classify a catalogue skill for me"
json -b "$JAR" -X PUT "$BASE/skills/walk-for-racing-thoughts/classification" -d '{"kind":"maladaptive","family":"avoidance"}' | field '.kind'
echo "# back to the catalogue's classification"
curl -sS --fail-with-body -b "$JAR" -X DELETE "$BASE/skills/walk-for-racing-thoughts/classification" | field '.kind'

echo "# log a moment"
MOMENT=$(json -b "$JAR" -X POST "$BASE/moments" -d "{\"distressBefore\":8,\"arousal\":\"hyper\",\"emotions\":[\"anxious\"],\"trigger\":\"argument with my boss\",\"triggerTags\":[\"work-conflict\"],\"contextTags\":[\"home\"],\"skillIds\":[\"box-breathing\",\"$SKILL\"]}" | field '.id')
echo "$MOMENT"
echo "# list moments";      curl -sS --fail-with-body -b "$JAR" "$BASE/moments?limit=10" | field '.moments.length'
echo "# one moment";        curl -sS --fail-with-body -b "$JAR" "$BASE/moments/$MOMENT" | field '.distressBefore'
echo "# distress after, later (an edit names the version it starts from)"
VERSION=$(curl -sS --fail-with-body -b "$JAR" "$BASE/moments/$MOMENT" | field '.version')
json -b "$JAR" -X PATCH "$BASE/moments/$MOMENT" -d "{\"baseVersion\":$VERSION,\"distressAfter\":4}" | field '.distressAfter'
echo "# the same edit again, from the version it no longer is"
curl -sS -b "$JAR" -H 'Content-Type: application/json' -X PATCH -o /dev/null -w '%{http_code}\n' "$BASE/moments/$MOMENT" -d "{\"baseVersion\":$VERSION,\"distressAfter\":5}"
echo "# answer \"How are you now?\" for it, later"
json -b "$JAR" -X POST "$BASE/moments/$MOMENT/follow-ups" -d '{"distress":3}' | field '.followUps.length'
echo "# follow-ups still waiting";  curl -sS --fail-with-body -b "$JAR" "$BASE/follow-ups/pending" | field '.pending.length'
SECOND=$(json -b "$JAR" -X POST "$BASE/moments" -d '{"distressBefore":6}' | field '.id')
echo "# skip the check-in for another moment"
curl -sS --fail-with-body -b "$JAR" -X POST -o /dev/null -w '%{http_code}\n' "$BASE/moments/$SECOND/follow-ups/skip"
echo "# preferences";       curl -sS --fail-with-body -b "$JAR" "$BASE/preferences"; echo
json -b "$JAR" -X PUT "$BASE/preferences" -d '{"followUpDelayMinutes":90}' | field '.followUpDelayMinutes'
echo "# insights";          curl -sS --fail-with-body -b "$JAR" "$BASE/insights?timeZone=Europe/Dublin" | field '.moments'
echo "# tags";              curl -sS --fail-with-body -b "$JAR" "$BASE/tags"; echo

echo "# what might help now, at distress 9 (steadying first, the safety plan offered)"
curl -sS --fail-with-body -b "$JAR" "$BASE/suggestions?distress=9&arousal=hyper" | field '.band'
echo "# a healing path: core beliefs, one practice a week"
json -b "$JAR" -X PUT "$BASE/path" -d '{"areas":[{"areaId":"core-beliefs","layer":0}],"pace":{"practicesPerWeek":1},"paused":false}' | field '.next.skillId'
echo "# a core-belief worksheet, as a practice"
json -b "$JAR" -X POST "$BASE/practices" -d "{\"skillId\":\"challenging-core-beliefs\",\"exerciseId\":\"core-belief-worksheet\",\"startedAt\":\"$(date -u -d '-20 minutes' +%Y-%m-%dT%H:%M:%SZ)\",\"durationSeconds\":900,\"answers\":{\"belief\":\"I am too much\",\"strength-before\":80,\"strength-after\":60}}" | field '.kind'
echo "# practices";         curl -sS --fail-with-body -b "$JAR" "$BASE/practices" | field '.practices.length'
echo "# progress: wins";    curl -sS --fail-with-body -b "$JAR" "$BASE/progress?timeZone=Europe/Dublin" | field '.wins.map((win) => win.kind).join(" ")'
echo "# a calendar feed of planned practice"
json -b "$JAR" -X PUT "$BASE/path" -d '{"baseVersion":1,"areas":[{"areaId":"core-beliefs","layer":0}],"pace":{"practicesPerWeek":1},"paused":false,"plan":{"weekdays":[0,3],"time":"19:00","timeZone":"Europe/Dublin","notify":false}}' | field '.version'
FEED=$(curl -sS --fail-with-body -b "$JAR" -X POST "$BASE/path/calendar-feed" | field '.url')
curl -sS --fail-with-body "$FEED" | grep -c 'RRULE:FREQ=WEEKLY'

echo "# a personal access token"
TOKEN=$(json -b "$JAR" -X POST "$BASE/tokens" -d '{"name":"walkthrough","scopes":["read","write","export","import"]}' | field '.token')
AUTH="Authorization: Bearer $TOKEN"
echo "# list tokens (cookie)";  curl -sS --fail-with-body -b "$JAR" "$BASE/tokens" | field '.tokens[0].scopes.join(",")'
echo "# a token cannot manage tokens (session only)"
curl -sS -o /dev/null -w '%{http_code}\n' -H "$AUTH" "$BASE/tokens"
echo "# export (bearer)"
EXPORT=$(curl -sS --fail-with-body -H "$AUTH" "$BASE/export")
echo "$EXPORT" | field '.moments.length'
echo "# import the same document (idempotent)"
echo "$EXPORT" | curl -sS --fail-with-body -H "$AUTH" -H 'Content-Type: application/json' -X POST "$BASE/import" --data-binary @-; echo
echo "# delete the moment (bearer)"
curl -sS --fail-with-body -H "$AUTH" -X DELETE -o /dev/null -w '%{http_code}\n' "$BASE/moments/$MOMENT"
echo "# revoke the token"
TOKEN_ID=$(curl -sS --fail-with-body -b "$JAR" "$BASE/tokens" | field '.tokens[0].id')
curl -sS --fail-with-body -b "$JAR" -X DELETE -o /dev/null -w '%{http_code}\n' "$BASE/tokens/$TOKEN_ID"
echo "# the revoked token no longer works"
curl -sS -o /dev/null -w '%{http_code}\n' -H "$AUTH" "$BASE/me"
echo "# openapi";           curl -sS --fail-with-body "$BASE/openapi.json" | field '.openapi'
echo "walkthrough complete"
