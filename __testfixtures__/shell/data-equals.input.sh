#!/bin/sh
# --data=VALUE: the body is part of the option word
curl https://image.adobe.io/sensei/cutout -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY" \
  --data='{"input":{"href":"https://bucket.s3.amazonaws.com/in.jpg","storage":"external"},"output":{"href":"https://bucket.s3.amazonaws.com/out.png","storage":"external"}}'
