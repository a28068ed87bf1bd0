#!/usr/bin/env bash
# The job response is read with a here-string written as one word (<<<"$JOB"); the base URL has a default
set -euo pipefail
JOB=$(curl -sS --request POST --url "${API_BASE:-https://image.adobe.io}/sensei/cutout" \
  --header "Authorization: Bearer ${TOKEN}" --header "x-api-key: ${API_KEY}" --header 'Content-Type: application/json' \
  --data-raw "{\"input\":{\"href\":\"${IN}\",\"storage\":\"external\"},\"output\":{\"href\":\"${OUT}\",\"storage\":\"external\"}}")
STATUS_URL=$(jq -r '._links.self.href' <<<"$JOB")
until [ "$(curl -sS "$STATUS_URL" -H "Authorization: Bearer ${TOKEN}" -H "x-api-key: ${API_KEY}" | jq -r .status)" = succeeded ]; do sleep 2; done
