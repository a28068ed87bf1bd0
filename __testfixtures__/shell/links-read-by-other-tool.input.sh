#!/usr/bin/env bash
# The job response's _links is read by python, not jq: the request stays V1 with its read
BASE=https://image.adobe.io
JOB=$(curl -s -X POST "$BASE/sensei/cutout" -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" -H 'Content-Type: application/json' \
  -d '{"input":{"href":"'"$IN"'","storage":"external"},"output":{"href":"'"$OUT"'","storage":"external"}}')
STATUS=$(echo "$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["_links"]["self"]["href"])')
curl -s "$STATUS" -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY"

# The same with the response written to a file
curl -s -X POST https://image.adobe.io/sensei/mask -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -H 'Content-Type: application/json' -o job.json \
  -d '{"input":{"href":"'"$IN"'","storage":"external"},"output":{"href":"'"$OUT"'","storage":"external"}}'
STATUS=$(node -e 'console.log(require("./job.json")._links.self.href)' job.json)
