#!/bin/sh
# A binary mask has no V2 equivalent: migrated, with the translator's warning as a trace
# rb-migrate RB110: V2 does not upload the result to output.href ("$out"); it hosts it at a temporary URL
# rb-migrate RB120: mask.format "binary" has no V2 equivalent; V2 masks are greyscale (soft)
curl https://image.adobe.io/v2/remove-background -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" -H 'Content-Type: application/json' \
  -d '{"image":{"source":{"url":"https://b.s3.amazonaws.com/i.jpg"}},"mode":"mask","output":{"mediaType":"image/png"}}'
