#!/bin/bash
# A double-quoted body with escaped quotes and an expansion
curl -X POST https://image.adobe.io/sensei/cutout \
	-H "Authorization: Bearer ${TOKEN}" \
	-H "x-api-key: ${API_KEY}" \
	-H "Content-Type: application/json" \
	-d "{\"input\":{\"href\":\"${INPUT_URL}\",\"storage\":\"external\"},\"output\":{\"href\":\"https://bucket.s3.amazonaws.com/out.png\",\"storage\":\"external\",\"color\":{\"space\":\"rgba\"}}}"
