// Exported, but nothing in the project imports it: check (closed world) fixes it; ESLint alone cannot know.
export const MASK_ENDPOINT = 'https://image.adobe.io/sensei/mask';
