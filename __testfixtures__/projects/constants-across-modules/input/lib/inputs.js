// Where the pictures live: a host that is not on the V2 input allowlist.
export const INPUT_URL = 'https://files.example.org/portraits/anna.jpg';
export const BUCKET = 'https://files.example.org';
export const PRODUCT_KEY = '/products/chair.png';
