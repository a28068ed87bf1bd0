#!/bin/bash
# The body comes from a here-document on stdin (-d @-)
curl -s https://image.adobe.io/sensei/cutout \
  -H "Authorization: Bearer $TOKEN" \
  -H "x-api-key: $API_KEY" \
  -H "Content-Type: application/json" \
  -d @- <<JSON
{
    "input": {"href": "$INPUT_URL", "storage": "external"},
    "output": {"href": "$OUTPUT_URL", "storage": "external"}
}
JSON
echo "submitted"
