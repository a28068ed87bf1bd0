#!/bin/bash
# Nothing reads the output back: after the poll, the V2 result is copied to where V1 wrote it
response=$(curl -s "https://image.adobe.io/v2/remove-background" \
  -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -H "Content-Type: application/json" \
  -d '{"image":{"source":{"url":"'"$input_url"'"}},"mode":"cutout","output":{"mediaType":"image/png"}}')
status_url=$(jq -r '.statusUrl' <<< "$response")
status=pending
until [ "$status" = succeeded ] || [ "$status" = failed ]; do
  sleep 1
  status_response=$(curl -s "$status_url" -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY")
  status=$(jq -r '.status' <<< "$status_response")
done
# V2 hosts the result: copy it to $output_url, where V1 wrote it (added by rb-migrate)
curl -sf "$(jq -r '.result.outputs[0].destination.url' <<< "$status_response")" | curl -sf -X PUT -H 'Content-Type: image/png' -H 'x-ms-blob-type: BlockBlob' --data-binary @- "$output_url"
echo "cutout written to $output_url"
# rb-migrate RB205: reads the V1 echoed output.href from a status body; V2 status has result.outputs[0].destination.url
written_to=$(jq -r '.output.href' <<< "$status_response")
