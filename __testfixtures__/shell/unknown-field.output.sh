#!/bin/sh
# An unknown field has no V2 place: the request stays V1 with a trace
# rb-migrate RB230: V1 request left unchanged (URL and body): unknown field priority
curl https://image.adobe.io/sensei/cutout -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -d '{"input":{"href":"https://b.s3.amazonaws.com/i.jpg","storage":"external"},"output":{"href":"https://b.s3.amazonaws.com/o.png","storage":"external"},"priority":"high"}'
