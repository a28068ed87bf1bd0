export async function cutoutFromCloud(token: string) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      input: { href: '/files/photos/model.jpg', storage: 'adobe' },
      output: { href: '/files/photos/model-cutout.png', storage: 'adobe', overwrite: true },
    }),
  });
  return res.json();
}
