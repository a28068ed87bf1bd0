#!/bin/sh
# The storage comes from a variable: it decides the V2 request, so URL and body stay V1 (with a trace)
# rb-migrate RB230: V1 request left unchanged (URL and body): input.storage comes from $STORAGE
curl https://image.adobe.io/sensei/cutout -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -d '{"input":{"href":"'"$IN"'","storage":"'"$STORAGE"'"},"output":{"href":"'"$OUT"'","storage":"external"}}'
