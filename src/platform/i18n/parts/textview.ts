// Messages for the text view of the flow (editor/textview) and its PDF appendix.
export const textviewSv = {
  'textview.button': 'Textvy',
  'textview.heading': 'Flödet som text',
  'textview.help':
    'Stegen i flödets ordning, med samma nummer som i PDF:ens steglista. Välj ett steg för att visa det i diagrammet.',
  'textview.empty': 'Processen har inga steg ännu.',
  'textview.untitled': '(utan namn)',
  'textview.back': 'tillbaka till {number}',
  'textview.end': 'Flödet slutar här',
  'textview.unreached': 'Steg som flödet inte når',
  'textview.loose': 'Inte kopplat till något steg',
  'textview.edit': 'Ändra',
  'textview.editStep': 'Ändra steg {number}',
  'textview.label': 'Namn på steg {number}',
  'textview.outcome': 'Utfall till steg {number} ”{label}”',
  'textview.download': 'Ladda ner som text',
  'textview.close': 'Stäng textvyn',
  'textview.pdfOption': 'Textversion av flödet som bilaga',
  'textview.pdfHeading': 'Bilaga: Flödet som text',
} as const;

export const textviewEn: Record<keyof typeof textviewSv, string> = {
  'textview.button': 'Text view',
  'textview.heading': 'The flow as text',
  'textview.help':
    'The steps in the order of the flow, numbered as in the PDF’s step table. Choose a step to show it in the diagram.',
  'textview.empty': 'The process has no steps yet.',
  'textview.untitled': '(untitled)',
  'textview.back': 'back to {number}',
  'textview.end': 'The flow ends here',
  'textview.unreached': 'Steps the flow does not reach',
  'textview.loose': 'Not attached to a step',
  'textview.edit': 'Edit',
  'textview.editStep': 'Edit step {number}',
  'textview.label': 'Name of step {number}',
  'textview.outcome': 'Outcome to step {number} “{label}”',
  'textview.download': 'Download as text',
  'textview.close': 'Close the text view',
  'textview.pdfOption': 'The flow as text, as an appendix',
  'textview.pdfHeading': 'Appendix: The flow as text',
};
