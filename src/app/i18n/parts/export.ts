// Messages for the export feature, kept in their own file so features can be worked on side by side.
// Keys start with 'export.'; sv defines them, en must have the same keys (checked by the type below).
export const exportSv = {
  'export.placeholder': '–',
} as const;

export const exportEn: Record<keyof typeof exportSv, string> = {
  'export.placeholder': '–',
};
