// Messages for subprocess links and the breadcrumb back up.
export const subprocessSv = {
  'subprocess.linked': 'Länkad process',
  'subprocess.none': 'Ingen (välj en process)',
  'subprocess.open': 'Öppna delprocessen ”{title}”',
  'subprocess.breadcrumb': 'Väg hit',
} as const;

export const subprocessEn: Record<keyof typeof subprocessSv, string> = {
  'subprocess.linked': 'Linked process',
  'subprocess.none': 'None (choose a process)',
  'subprocess.open': 'Open the subprocess “{title}”',
  'subprocess.breadcrumb': 'Path here',
};
