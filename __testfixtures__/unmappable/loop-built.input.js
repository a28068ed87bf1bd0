export async function cutout(fields) {
  const body = {};
  for (const [key, value] of Object.entries(fields)) body[key] = value;
  const res = await fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body: JSON.stringify(body) });
  return res.json();
}
