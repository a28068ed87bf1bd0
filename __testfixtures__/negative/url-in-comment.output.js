// We used to call https://image.adobe.io/sensei/cutout here.
/* See /sensei/mask in the old docs. */
export async function removeBackground(body) {
  return fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body: JSON.stringify(body) });
}
