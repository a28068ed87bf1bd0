#!/bin/sh
# A V1 endpoint in a variable; the body splices shell variables ('"$var"' and '$var')
RB_URL='https://image.adobe.io/sensei/mask'
curl -s -X POST "$RB_URL" \
  -H "Authorization: Bearer $TOKEN" \
  -H "x-api-key: $API_KEY" \
  -H 'x-gw-ims-org-id: my-org@AdobeOrg' \
  -H 'Content-Type: application/json' \
  --data-raw '{
    "input": { "href": "'"$INPUT_URL"'", "storage": "external" },
    "output": { "href": "'$OUTPUT_URL'", "storage": "external", "mask": { "format": "soft" } }
  }'
