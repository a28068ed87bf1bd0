#!/bin/bash
# The next call reads the intermediate file, but the script never polls: the chain cannot be set up
curl -s https://image.adobe.io/sensei/cutout -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -d '{"input":{"href":"'"$input_url"'","storage":"external"},"output":{"href":"'"$cutout_put_url"'","storage":"external"}}'
sleep 10
curl -s https://image.adobe.io/pie/psdService/photoshopActions -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -d '{"inputs":[{"href":"'"$cutout_get_url"'","storage":"external"}],"options":{"actions":[{"href":"'"$action_url"'","storage":"external"}]},"outputs":[{"href":"'"$final_url"'","storage":"external","type":"image/jpeg"}]}'
