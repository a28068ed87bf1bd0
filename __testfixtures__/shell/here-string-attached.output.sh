#!/usr/bin/env bash
# The job response is read with a here-string written as one word (<<<"$JOB"); the base URL has a default
set -euo pipefail
# rb-migrate RB110: V2 does not upload the result to output.href ("${OUT}"); it hosts it at a temporary URL
JOB=$(curl -sS --request POST --url "${API_BASE:-https://image.adobe.io}/v2/remove-background" \
  --header "Authorization: Bearer ${TOKEN}" --header "x-api-key: ${API_KEY}" --header 'Content-Type: application/json' \
  --data-raw "{\"image\":{\"source\":{\"url\":\"${IN}\"}},\"mode\":\"cutout\",\"output\":{\"mediaType\":\"image/png\"}}")
STATUS_URL=$(jq -r '.statusUrl' <<<"$JOB")
until [ "$(curl -sS "$STATUS_URL" -H "Authorization: Bearer ${TOKEN}" -H "x-api-key: ${API_KEY}" | jq -r .status)" = succeeded ]; do sleep 2; done
