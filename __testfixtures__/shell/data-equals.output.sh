#!/bin/sh
# --data=VALUE: the body is part of the option word
# rb-migrate RB110: V2 does not upload the result to output.href ("https://bucket.s3.amazonaws.com/out.png"); it hosts it at a temporary URL
curl https://image.adobe.io/v2/remove-background -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -H "Content-Type: application/json" \
  --data='{"image":{"source":{"url":"https://bucket.s3.amazonaws.com/in.jpg"}},"mode":"cutout","output":{"mediaType":"image/png"}}'
