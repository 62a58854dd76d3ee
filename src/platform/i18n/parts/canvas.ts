// Messages of the canvas seen from far out (editor/canvas/FarLayer).
export const canvasSv = {
  'canvas.farLayer':
    'Hela flödet på avstånd: {count} steg som färgade former. Zooma in eller öppna textvyn för att läsa stegen.',
} as const;

export const canvasEn: Record<keyof typeof canvasSv, string> = {
  'canvas.farLayer':
    'The whole flow from afar: {count} steps as coloured shapes. Zoom in or open the text view to read the steps.',
};
