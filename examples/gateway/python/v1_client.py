#!/usr/bin/env python3
"""A V1 Remove Background client in Python (standard library only), as written against image.adobe.io.

It posts a V1 body to /sensei/cutout (or /sensei/mask), polls _links.self.href until the job ends, and relies
on V1 having written the result to output.href. Point RB_API_BASE at `rb-migrate gateway` and it runs on V2
unchanged. Prints one JSON line {"app", "status"}; exit 0 when the job succeeded, 1 when it failed, 2 on an
HTTP error.

Environment: RB_API_BASE (default https://image.adobe.io), RB_API_KEY, RB_TOKEN, RB_INPUT_URL, RB_OUTPUT_URL,
RB_OUTPUT_STORAGE (default external), RB_ENDPOINT (cutout | mask, default cutout), RB_MASK_FORMAT (optional).
"""
import json
import os
import sys
import time
import urllib.error
import urllib.request

BASE = os.environ.get("RB_API_BASE", "https://image.adobe.io").rstrip("/")
HEADERS = {
    "Authorization": "Bearer " + os.environ["RB_TOKEN"],
    "x-api-key": os.environ["RB_API_KEY"],
    "Content-Type": "application/json",
}


def call(url, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers=HEADERS, method="GET" if body is None else "POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read().decode("utf-8"))


def main():
    endpoint = os.environ.get("RB_ENDPOINT", "cutout")
    output = {"href": os.environ["RB_OUTPUT_URL"], "storage": os.environ.get("RB_OUTPUT_STORAGE", "external")}
    if os.environ.get("RB_MASK_FORMAT"):
        output["mask"] = {"format": os.environ["RB_MASK_FORMAT"]}
    body = {"input": {"href": os.environ["RB_INPUT_URL"], "storage": "external"}, "output": output}
    try:
        status, job = call(BASE + "/sensei/" + endpoint, body)
        while True:
            status, state = call(job["_links"]["self"]["href"])
            if state["status"] in ("succeeded", "failed"):
                break
            time.sleep(0.1)
    except urllib.error.HTTPError as error:
        print(json.dumps({"app": "python-v1", "status": "error", "http": error.code}))
        return 2
    print(json.dumps({"app": "python-v1", "status": state["status"]}))
    return 0 if state["status"] == "succeeded" else 1


if __name__ == "__main__":
    sys.exit(main())
