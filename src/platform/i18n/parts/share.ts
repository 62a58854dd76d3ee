// Messages for sharing a process as a link and opening such a link.
export const shareSv = {
  'share.menuItem': 'Dela som länk …',
  'share.dialogTitle': 'Dela som länk',
  'share.dialogHelp':
    'Hela processen ligger i länken. Den som öppnar den ser en skrivskyddad kopia och kan spara den hos sig. Inget skickas till någon server.',
  'share.link': 'Länk till processen',
  'share.copy': 'Kopiera länk',
  'share.copied': 'Länken är kopierad.',
  'share.copyFailed': 'Kunde inte kopiera. Markera länken och kopiera den själv.',
  'share.tooLarge':
    'Processen är för stor för en länk ({size} tecken, högst {max}). Exportera den som fil (JSON) och skicka filen i stället.',
  'share.refused':
    'Processen går inte att dela som länk: den packas ihop så mycket (samma text om och om igen) att länken skulle vägras som misstänkt när den öppnas. Exportera den som fil (JSON) och skicka filen i stället.',
  'share.linkLength': '{size} tecken',
  'share.readOnly': 'Skrivskyddad kopia från en länk',
  'share.readOnlyHelp':
    'Det här är en kopia som någon har delat. Spara en kopia för att ändra i den – inget befintligt skrivs över.',
  'share.saveCopy': 'Spara en kopia',
  'share.saved': '”{title}” är sparad bland dina processer.',
  'share.stepsByLane': 'Steg per simbana',
  'share.noSteps': 'Inga steg',
  'share.viewer.canvas': 'Flödet (skrivskyddat)',
  'share.viewer.keys':
    'Dra för att flytta flödet. När flödet har fokus flyttar piltangenterna, + och − zoomar och 0 visar hela flödet.',
  'share.openFailed': 'Länken går inte att öppna',
  'share.corrupt':
    'Länken är skadad eller ofullständig – kanske klipptes den av i ett mejl. Be om länken igen eller om processen som fil.',
  'share.tooLargeLink':
    'Länken är för stor för att öppnas säkert. Be om processen som fil i stället.',
  'share.unsupported': 'Länken kommer från en nyare eller okänd version av Flödesverkstan.',
  'share.invalid': 'Länken innehåller ingen giltig process.',
} as const;

export const shareEn: Record<keyof typeof shareSv, string> = {
  'share.menuItem': 'Share as link …',
  'share.dialogTitle': 'Share as link',
  'share.dialogHelp':
    'The whole process is inside the link. Whoever opens it sees a read-only copy and can save it in their browser. Nothing is sent to any server.',
  'share.link': 'Link to the process',
  'share.copy': 'Copy link',
  'share.copied': 'The link is copied.',
  'share.copyFailed': 'Could not copy. Select the link and copy it yourself.',
  'share.tooLarge':
    'The process is too big for a link ({size} characters, at most {max}). Export it as a file (JSON) and send the file instead.',
  'share.refused':
    'The process cannot be shared as a link: it packs down so far (the same text over and over) that the link would be refused as suspicious when opened. Export it as a file (JSON) and send the file instead.',
  'share.linkLength': '{size} characters',
  'share.readOnly': 'Read-only copy from a link',
  'share.readOnlyHelp':
    'This is a copy someone shared. Save a copy to change it – nothing existing is overwritten.',
  'share.saveCopy': 'Save a copy',
  'share.saved': '“{title}” is saved among your processes.',
  'share.stepsByLane': 'Steps by lane',
  'share.noSteps': 'No steps',
  'share.viewer.canvas': 'The flow (read-only)',
  'share.viewer.keys':
    'Drag to move the flow. With the flow focused, the arrow keys move it, + and − zoom, and 0 shows the whole flow.',
  'share.openFailed': 'The link cannot be opened',
  'share.corrupt':
    'The link is damaged or incomplete – perhaps an e-mail cut it off. Ask for the link again, or for the process as a file.',
  'share.tooLargeLink':
    'The link is too big to open safely. Ask for the process as a file instead.',
  'share.unsupported': 'The link comes from a newer or unknown version of Flödesverkstan.',
  'share.invalid': 'The link does not contain a valid process.',
};
