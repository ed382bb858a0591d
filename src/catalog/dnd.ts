/**
 * Drag-and-drop payload types shared by the states browser (drag source) and the canvas (drop
 * zones). Custom MIME types so that a drag of anything else (a file, text) shows no drop zones.
 */

/** `dataTransfer` type of a catalog item being dragged; the data is the item id. */
export const CATALOG_ITEM_MIME = 'application/x-asl-studio-item';

/** `dataTransfer` type of a state being moved on the canvas; the data is the state name. */
export const STATE_MOVE_MIME = 'application/x-asl-studio-state';
