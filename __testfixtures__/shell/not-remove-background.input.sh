#!/bin/sh
# Other services and other /sensei/<name> paths are not touched; a comment keeps its V1 URL
# (was: https://image.adobe.io/sensei/cutout)
curl -s https://image.adobe.io/pie/psdService/text -H "Authorization: Bearer $TOKEN" -d "$BODY"
curl -s https://image.adobe.io/sensei/autoCrop -H "Authorization: Bearer $TOKEN" -d "$BODY"
curl -s https://image.adobe.io/v2/remove-background -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"image":{"source":{"url":"https://b.s3.amazonaws.com/i.jpg"}},"mode":"cutout"}'
