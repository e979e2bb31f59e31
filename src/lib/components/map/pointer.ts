/**
 * Where a tap meant to go on the map. A tap's click is retargeted by Chromium's touch
 * adjustment to a "best" link near the finger, judged by bounding boxes, which on a phone can
 * pick a neighbour's ring over the country under the finger; the map's hit areas are exact for
 * a point (geo/hit.ts), so the point the finger went down at decides.
 */
import { linkAt } from '$lib/geo/map-dom';

/** The dataset country exactly under a viewport point. */
export const linkUnder = (x: number, y: number) => linkAt(document.elementFromPoint(x, y));
