// Pattern: a URL held in a constant that no request sends, beside a V1 body that is built and never sent
// (an unfinished function). The URL has no body to change with: both stay V1, the URL with RB261, the
// body reported by check (RB302).
export async function prepareMask(source, target) {
  const url = 'https://image.adobe.io/sensei/mask';
  const inputs = {
    input: { storage: 'external', href: source },
    output: { storage: 'external', href: target },
  };
  const options = { method: 'POST', body: JSON.stringify(inputs) };
  console.log(options);
}
