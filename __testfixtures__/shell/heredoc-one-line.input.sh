#!/bin/bash
# A here-document body on one line (-d @-): its delimiter keeps its own line
curl -s -X POST https://image.adobe.io/sensei/mask -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -H 'Content-Type: application/json' --data-binary @- <<JSON
{"input":{"href":"$IN","storage":"external"},"output":{"href":"$OUT","storage":"external","mask":{"format":"soft"}}}
JSON
echo "submitted"
