#!/bin/sh
# A V1 endpoint in a variable; the body splices shell variables ('"$var"' and '$var')
RB_URL='https://image.adobe.io/v2/remove-background'
# rb-migrate RB110: V2 does not upload the result to output.href ("$OUTPUT_URL"); it hosts it at a temporary URL
curl -s -X POST "$RB_URL" \
  -H "Authorization: Bearer $TOKEN" \
  -H "x-api-key: $API_KEY" \
  -H 'Content-Type: application/json' \
  --data-raw '{
    "image": {
      "source": {
        "url": "'"$INPUT_URL"'"
      }
    },
    "mode": "mask",
    "output": {
      "mediaType": "image/png"
    }
  }'
