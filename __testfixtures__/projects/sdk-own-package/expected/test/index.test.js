// A test double of the V1 service the SDK calls.
const returnValue = {
  body: { _links: { self: { href: 'https://image.adobe.io/sensei/status/f54e0fcb-260b-47c3-b520-de0d17dc2b67' } } },
};
module.exports = { returnValue };
