#!/usr/bin/env bash
# Sends the body kept beside the script
# rb-migrate RB230: V1 request left unchanged (URL and body): the body is read from @cutout-body.json
curl -s -X POST https://image.adobe.io/sensei/cutout \
  -H "Authorization: Bearer $TOKEN" -H "x-api-key: $API_KEY" -H 'Content-Type: application/json' \
  -d @cutout-body.json
