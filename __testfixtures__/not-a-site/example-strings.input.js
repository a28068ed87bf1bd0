// Docs data that carries whole V1 examples as text (apidoc style): examples, not requests (pattern 6).
define({
  api: [
    {
      title: 'Request',
      content:
        'POST https://image.adobe.io/sensei/cutout HTTP/1.1\n{ "input": { "href": "https://bucket.example/in.jpg" }, "output": { "href": "https://bucket.example/out.png" } }',
    },
    {
      title: '202 Accepted',
      content: '{ "_links": { "self": { "href": "https://image.adobe.io/sensei/status/<jobId>" } } }',
    },
  ],
});
