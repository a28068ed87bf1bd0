#!/bin/sh
# A V1 status URL built from a job id: V2 jobs are polled at their statusUrl, so it stays with a trace
# rb-migrate RB235: V1 status URL "https://image.adobe.io/sensei/status/$JOB_ID" left unchanged: poll the statusUrl the V2 submission returns
curl -s "https://image.adobe.io/sensei/status/$JOB_ID" -H "Authorization: Bearer $TOKEN" -H "x-api-key: $KEY"
