#!/bin/sh
# One endpoint variable, two requests: one body cannot be translated, so both stay V1 (URL and body together)
ENDPOINT=https://image.adobe.io/sensei/cutout
# rb-migrate RB231: V1 endpoint variable "$ENDPOINT" is also used by a request or command rb-migrate cannot migrate; every request using it was left V1
curl "$ENDPOINT" -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  -d '{"input":{"href":"https://b.s3.amazonaws.com/1.jpg","storage":"external"},"output":{"href":"https://b.s3.amazonaws.com/1.png","storage":"external"}}'
# rb-migrate RB230: V1 request left unchanged (URL and body): the body is read from @body.json
curl "$ENDPOINT" -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" -d @body.json
