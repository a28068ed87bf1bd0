#!/bin/bash
# The body comes from a here-document on stdin (-d @-)
# rb-migrate RB110: V2 does not upload the result to output.href ("$OUTPUT_URL"); it hosts it at a temporary URL
curl -s https://image.adobe.io/v2/remove-background \
  -H "Authorization: Bearer $TOKEN" \
  -H "x-api-key: $API_KEY" \
  -H "Content-Type: application/json" \
  -d @- <<JSON
{
    "image": {
        "source": {
            "url": "$INPUT_URL"
        }
    },
    "mode": "cutout",
    "output": {
        "mediaType": "image/png"
    }
}
JSON
echo "submitted"
