#!/bin/bash
# The next call reads the intermediate file, but the script never polls: the chain cannot be set up
curl -s https://image.adobe.io/v2/remove-background -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -H "Content-Type: application/json" \
  -d '{"image":{"source":{"url":"'"$input_url"'"}},"mode":"cutout","output":{"mediaType":"image/png"}}'
sleep 10
# rb-migrate RB232: this call reads "$cutout_get_url", where V1 wrote the Remove Background result; V2 no longer writes it and its result URL could not be read into it
# rb-migrate RB234: Photoshop API v1 call "/pie/psdService/photoshopActions" left as it is: /pie/psdService is not Remove Background and has its own end of life
curl -s https://image.adobe.io/pie/psdService/photoshopActions -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -d '{"inputs":[{"href":"'"$cutout_get_url"'","storage":"external"}],"options":{"actions":[{"href":"'"$action_url"'","storage":"external"}]},"outputs":[{"href":"'"$final_url"'","storage":"external","type":"image/jpeg"}]}'
