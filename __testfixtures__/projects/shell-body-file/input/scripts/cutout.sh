#!/usr/bin/env bash
# Sends the body kept beside the script
curl -s -X POST https://image.adobe.io/sensei/cutout \
  -H "Authorization: Bearer $TOKEN" -H "x-api-key: $API_KEY" -H 'Content-Type: application/json' \
  -d @cutout-body.json
