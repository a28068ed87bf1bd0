async function cutout(headers, output) {
  const res = await fetch('https://rb-proxy.internal.example/sensei/cutout', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      input: { href: 'https://images.example.com/in.png', storage: 'external' },
      output: { href: output, storage: 'external' },
    }),
  });
  return res.json();
}

module.exports = { cutout };
