export const CLIENT_TYPES: string;
export function renderClientTypes(): Promise<string>;
