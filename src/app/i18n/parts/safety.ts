// Messages for parts of the app that fail to show, and for exports that had to be limited.
export const safetySv = {
  'safety.partFailed': 'Den här delen kunde inte visas',
  'safety.partHelp':
    'Något gick fel när den skulle visas. Försök igen, eller gå till biblioteket. Det som redan är sparat finns kvar, och resten av appen fungerar.',
  'safety.retry': 'Försök igen',
  'safety.toLibrary': 'Till biblioteket',
  'safety.pdfTileNote':
    'Delat på sidor blir det högst {max} sidor; ett större flöde ritas mindre. För en överblick: välj en sida eller A3.',
  'safety.pdfCapped':
    'Delat på sidor skulle flödet ha blivit {wanted} sidor. PDF:en har högst {max} sidor, med flödet förminskat. Välj ”Anpassa till en sida” eller A3 för en bättre överblick.',
};

export const safetyEn: Record<keyof typeof safetySv, string> = {
  'safety.partFailed': 'This part could not be shown',
  'safety.partHelp':
    'Something went wrong while showing it. Try again, or go to the library. What is already saved is kept, and the rest of the app still works.',
  'safety.retry': 'Try again',
  'safety.toLibrary': 'To the library',
  'safety.pdfTileNote':
    'Tiled, the diagram takes at most {max} pages; a larger flow is drawn smaller. For an overview, choose one page or A3.',
  'safety.pdfCapped':
    'Tiled, the flow would have taken {wanted} pages. The PDF has at most {max} pages, with the flow drawn smaller. Choose “Fit on one page” or A3 for a better overview.',
};
