#!/usr/bin/env bash
# Remove Background, then Photoshop Actions: the subject of an image as a Photoshop path (S3 storage).
# rb-migrate's own version of the workflow on Adobe's Remove Background page; every value can come from the
# environment, so the test runs it against the rb-migrate emulator.

# access token and API key (client id)
token="${ACCESS_TOKEN:-Your_Access_Token}"
api_key="${API_KEY:-Your_Client_Id}"
api_host="${API_HOST:-https://image.adobe.io}"
poll_seconds="${POLL_SECONDS:-1}"

# Remove Background endpoint
ic_endpoint="$api_host/sensei/cutout"

# Photoshop Actions endpoint
pegasus_endpoint="$api_host/pie/psdService/photoshopActions"

# presigned GET URL of the input image
input_url="${INPUT_URL:-A presigned GET URL for the input image}"

# presigned GET URL of make-path.atn (download it and upload it to your own S3 location)
action_url="${ACTION_URL:-A presigned GET URL for make-path.atn}"

# presigned PUT URL of the intermediate result (Remove Background writes it)
intermediate_output_put_url="${INTERMEDIATE_PUT_URL:-A presigned PUT URL for the intermediate result}"

# presigned GET URL of the same intermediate result (Photoshop Actions reads it)
intermediate_output_get_url="${INTERMEDIATE_GET_URL:-A presigned GET URL for the intermediate result}"

# presigned PUT URL of the final JPEG with the path
final_output_url="${FINAL_OUTPUT_URL:-A presigned PUT URL for the final result}"

#------------------------------------ Remove Background ------------------------------------

ic_post_response=$(
curl -s $ic_endpoint \
-H "Authorization: Bearer $token" \
-H "x-api-key: $api_key" \
-d '{
  "input": {
    "storage": "external",
    "href": "'$input_url'"
  },
  "output": {
    "storage": "external",
    "href": "'"$intermediate_output_put_url"'",
    "mask": {
      "format": "soft"
    }
  }
}'
)

ic_status_endpoint=$(jq -r '._links.self.href' <<< $ic_post_response)

# wait for the Remove Background result (at most 20 seconds)
end=$((SECONDS+20))
ic_status='null'

while [[ $SECONDS -lt $end && "$ic_status" != "succeeded" && "$ic_status" != "failed" ]]; do
    ic_status_response=$(
        curl -s $ic_status_endpoint \
        -H "Authorization: Bearer $token" \
        -H "x-api-key: $api_key"
        )
    ic_status=$(jq -r '.status' <<< $ic_status_response)
    echo "remove background: ${ic_status}"
    sleep "$poll_seconds"
done

#------------------------------------ Photoshop Actions ------------------------------------

pegasus_response=$(
curl -s $pegasus_endpoint \
-H "Authorization: Bearer $token" \
-H "x-api-key: $api_key" \
-X POST \
-d '{
  "inputs": [
    {
      "href": "'"$intermediate_output_get_url"'",
      "storage": "external"
    }
  ],
  "options": {
    "actions": [
      {
        "href": "'"$action_url"'",
        "storage": "external"
      }
    ]
  },
  "outputs": [
    {
      "storage": "external",
      "type": "image/jpeg",
      "href": "'"$final_output_url"'"
    }
  ]
}'
)

pegasus_status_endpoint=$(jq -r '._links.self.href' <<< $pegasus_response)

# wait for the Photoshop Actions result (at most 20 seconds)
end=$((SECONDS+20))
pegasus_status='null'

while [[ $SECONDS -lt $end && "$pegasus_status" != "succeeded" && "$pegasus_status" != "failed" ]]; do
    pegasus_status_response=$(
        curl -s $pegasus_status_endpoint \
        -H "Authorization: Bearer $token" \
        -H "x-api-key: $api_key"
        )
    pegasus_status=$(jq -r '.outputs[0].status' <<< $pegasus_status_response)
    echo "photoshop actions: ${pegasus_status}"
    sleep "$poll_seconds"
done

# The final JPEG, with the path, is at the location final_output_url was made for.
echo "done: $pegasus_status"
