// Pattern 10: a display-only object (an example request shown in a table and logged), never sent: not a
// request, so no RB209. check still reports the URL (RB300, to update by hand) and the V1 body (RB302).
const body = {
  input: { href: 'https://example.com/in.png', storage: 'external' },
  output: { href: 'https://example.com/out.png', storage: 'external' },
};
const example = { endpoint: '/sensei/cutout', body };
console.table([example]);
console.log(example);
