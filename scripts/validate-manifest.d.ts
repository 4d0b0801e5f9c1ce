export function validateManifest(xml: string, options: { root: string; baseUrl?: string }): string[];
export function withBaseUrl(xml: string, url: string): string;
