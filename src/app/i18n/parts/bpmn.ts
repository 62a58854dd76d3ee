// Messages for the bpmn feature, kept in their own file so features can be worked on side by side.
// Keys start with 'bpmn.'; sv defines them, en must have the same keys (checked by the type below).
export const bpmnSv = {
  'bpmn.placeholder': '–',
} as const;

export const bpmnEn: Record<keyof typeof bpmnSv, string> = {
  'bpmn.placeholder': '–',
};
