// Messages for the layout feature, kept in their own file so features can be worked on side by side.
// Keys start with 'layout.'; sv defines them, en must have the same keys (checked by the type below).
export const layoutSv = {
  'layout.placeholder': '–',
} as const;

export const layoutEn: Record<keyof typeof layoutSv, string> = {
  'layout.placeholder': '–',
};
