#!/usr/bin/env bash
# A V1 Remove Background client in shell (curl, sed), as written against image.adobe.io: POST the V1 body to
# /sensei/cutout, poll _links.self.href until the job ends; V1 wrote the result to output.href. Point
# RB_API_BASE at `rb-migrate gateway` and it runs on V2 unchanged. Prints one JSON line {"app", "status"};
# exit 0 when the job succeeded, 1 when it failed, 2 on an HTTP error.
# Environment: RB_API_BASE, RB_API_KEY, RB_TOKEN, RB_INPUT_URL, RB_OUTPUT_URL, RB_OUTPUT_STORAGE (default external).
set -euo pipefail
base="${RB_API_BASE:-https://image.adobe.io}"
storage="${RB_OUTPUT_STORAGE:-external}"
auth=(-H "Authorization: Bearer ${RB_TOKEN}" -H "x-api-key: ${RB_API_KEY}")

body=$(printf '{"input":{"href":"%s","storage":"external"},"output":{"href":"%s","storage":"%s"}}' \
  "$RB_INPUT_URL" "$RB_OUTPUT_URL" "$storage")
answer=$(curl -sS -w '\n%{http_code}' -X POST "${auth[@]}" -H 'Content-Type: application/json' \
  --data "$body" "${base%/}/sensei/cutout")
code=${answer##*$'\n'}
if [ "$code" != 202 ]; then
  printf '{"app":"curl-v1","status":"error","http":%s}\n' "$code"
  exit 2
fi
href=$(printf '%s' "${answer%$'\n'*}" | sed -n 's/.*"self":{"href":"\([^"]*\)".*/\1/p')

while :; do
  state=$(curl -sS "${auth[@]}" "$href" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
  case "$state" in
    succeeded | failed) break ;;
    pending | running) ;;
    *)
      printf '{"app":"curl-v1","status":"error"}\n'
      exit 2
      ;;
  esac
  sleep 0.1
done
printf '{"app":"curl-v1","status":"%s"}\n' "$state"
[ "$state" = succeeded ]
