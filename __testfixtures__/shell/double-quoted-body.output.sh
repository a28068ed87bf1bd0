#!/bin/bash
# A double-quoted body with escaped quotes and an expansion
# rb-migrate RB110: V2 does not upload the result to output.href ("https://bucket.s3.amazonaws.com/out.png"); it hosts it at a temporary URL
curl -X POST https://image.adobe.io/v2/remove-background \
	-H "Authorization: Bearer ${TOKEN}" \
	-H "x-api-key: ${API_KEY}" \
	-H "Content-Type: application/json" \
	-d "{\"image\":{\"source\":{\"url\":\"${INPUT_URL}\"}},\"mode\":\"cutout\",\"output\":{\"mediaType\":\"image/png\"}}"
