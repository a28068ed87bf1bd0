// Pattern: a URL held in a constant that no request sends, beside a V1 body that is built and never sent
// (an unfinished function). The URL has no body to change with: both stay V1, the URL with RB261, the
// body reported by check (RB302).
export async function prepareMask(source, target) {
  /* rb-migrate RB261: V1 endpoint 'https://image.adobe.io/sensei/mask' is sent by no request rb-migrate can follow; the URL was left V1 with the bodies around it. A URL and its body change together: make the request with this URL and its body in one call (fetch/axios/got/ky or a wrapper taking (url, body)) and run rb-migrate rewrite again, or delete the unused constant. */
  const url = 'https://image.adobe.io/sensei/mask';
  const inputs = {
    input: { storage: 'external', href: source },
    output: { storage: 'external', href: target },
  };
  const options = { method: 'POST', body: JSON.stringify(inputs) };
  console.log(options);
}
