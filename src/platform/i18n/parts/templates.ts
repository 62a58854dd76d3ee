// Messages for starting a process from a template or example.
export const templatesSv = {
  'templates.button': 'Från mall …',
  'templates.title': 'Ny process från mall eller exempel',
  'templates.help':
    'Metodmallen ger en tom start. Exemplen är verklighetsnära kommunala flöden i nuläge, med problemen markerade – att lära sig av eller utgå från.',
  'templates.choose': 'Mall eller exempel',
  'templates.create': 'Skapa',
  'templates.created': '”{title}” skapades från en mall.',
} as const;

export const templatesEn: Record<keyof typeof templatesSv, string> = {
  'templates.button': 'From template …',
  'templates.title': 'New process from a template or example',
  'templates.help':
    'The method template gives an empty start. The examples are realistic municipal as-is flows (in Swedish) with their problems marked – to learn from or start with.',
  'templates.choose': 'Template or example',
  'templates.create': 'Create',
  'templates.created': '“{title}” was created from a template.',
};
