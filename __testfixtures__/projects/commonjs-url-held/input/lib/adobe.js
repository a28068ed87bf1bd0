exports.CUTOUT_URL = 'https://image.adobe.io/sensei/cutout';
