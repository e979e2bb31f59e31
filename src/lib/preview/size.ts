/** The size of a link's preview image: the 1.91:1 card that Open Graph and Twitter show large. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
