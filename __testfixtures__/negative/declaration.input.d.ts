export declare const CUTOUT_URL: 'https://image.adobe.io/sensei/cutout';
export declare function cutout(input: { href: string; storage: string }): Promise<unknown>;
