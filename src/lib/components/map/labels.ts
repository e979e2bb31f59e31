/**
 * The map's own interface words, kept together until they move into the message files of the
 * i18n seam.
 */
export const MAP_LABELS = {
	zoomGroup: 'Map zoom',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomReset: 'Reset zoom'
} as const;
