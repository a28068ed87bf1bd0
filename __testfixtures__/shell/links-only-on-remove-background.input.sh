#!/bin/bash
# _links.self.href becomes .statusUrl on the Remove Background response only, never on another service's
rb_response=$(curl -s https://image.adobe.io/sensei/cutout -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -d '{"input":{"href":"'"$IN"'","storage":"external"},"output":{"href":"'"$OUT"'","storage":"external"}}')
rb_status_url=$(echo "$rb_response" | jq -r '._links.self.href')
ps_response=$(curl -s https://image.adobe.io/pie/psdService/text -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" -d "$PS_BODY")
ps_status_url=$(jq -r '._links.self.href' <<< "$ps_response")
echo "$rb_status_url $ps_status_url"
