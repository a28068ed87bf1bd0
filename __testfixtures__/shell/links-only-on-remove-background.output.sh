#!/bin/bash
# _links.self.href becomes .statusUrl on the Remove Background response only, never on another service's
# rb-migrate RB110: V2 does not upload the result to output.href ("$OUT"); it hosts it at a temporary URL
rb_response=$(curl -s https://image.adobe.io/v2/remove-background -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -H "Content-Type: application/json" \
  -d '{"image":{"source":{"url":"'"$IN"'"}},"mode":"cutout","output":{"mediaType":"image/png"}}')
rb_status_url=$(echo "$rb_response" | jq -r '.statusUrl')
# rb-migrate RB234: Photoshop API v1 call "/pie/psdService/text" left as it is: /pie/psdService is not Remove Background and has its own end of life
ps_response=$(curl -s https://image.adobe.io/pie/psdService/text -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" -d "$PS_BODY")
ps_status_url=$(jq -r '._links.self.href' <<< "$ps_response")
echo "$rb_status_url $ps_status_url"
