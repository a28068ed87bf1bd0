#!/bin/sh
# A binary mask has no V2 equivalent: migrated, with the translator's warning as a trace
curl https://image.adobe.io/sensei/mask -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" -H 'Content-Type: application/json' \
  -d '{"input":{"href":"https://b.s3.amazonaws.com/i.jpg","storage":"external"},"output":{"href":"'"$out"'","storage":"external","mask":{"format":"binary"}}}'
