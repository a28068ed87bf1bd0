#!/bin/bash
# A here-document body on one line (-d @-): its delimiter keeps its own line
# rb-migrate RB110: V2 does not upload the result to output.href ("$OUT"); it hosts it at a temporary URL
curl -s -X POST https://image.adobe.io/v2/remove-background -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -H 'Content-Type: application/json' --data-binary @- <<JSON
{"image":{"source":{"url":"$IN"}},"mode":"mask","output":{"mediaType":"image/png"}}
JSON
echo "submitted"
