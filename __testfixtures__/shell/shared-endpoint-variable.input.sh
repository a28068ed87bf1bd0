#!/bin/sh
# One endpoint variable, two requests: one body cannot be translated, so both stay V1 (URL and body together)
ENDPOINT=https://image.adobe.io/sensei/cutout
curl "$ENDPOINT" -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -d '{"input":{"href":"https://b.s3.amazonaws.com/1.jpg","storage":"external"},"output":{"href":"https://b.s3.amazonaws.com/1.png","storage":"external"}}'
curl "$ENDPOINT" -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" -d @body.json
