const IMAGE_API = process.env.IMAGE_API || 'https://image.adobe.io';
const CUTOUT_URL = 'https://image.adobe.io' + '/v2/remove-background';

module.exports = { IMAGE_API, CUTOUT_URL };
module.exports.MASK_URL = 'https://image.adobe.io/v2/remove-background';
