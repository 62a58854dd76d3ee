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
  'safety.pdfOrientationAuto': 'Automatiskt',
  'safety.pdfAutoNote':
    'Automatiskt väljer den orientering som ger störst text: liggande för breda flöden, stående för höga.',
  'safety.pdfTooSmall':
    'Anpassat till en sida på {size}: texten blir {pt} pt – för liten att läsa. Välj A3 eller dela på sidor.',
  'safety.pdfTooSmallA3':
    'Anpassat till en sida på A3: texten blir {pt} pt – för liten att läsa. Dela på sidor.',
  'safety.pdfTooSmallTiled':
    'Delat på sidor blir texten {pt} pt – för liten att läsa, eftersom PDF:en har högst {max} sidor. Dela upp flödet i delprocesser.',
  'safety.pdfInstead': 'Förvalt i stället: {layout} – texten blir {pt} pt.',
  'safety.pdfLayoutFit': '{size} {orientation}, en sida',
  'safety.pdfLayoutTiles': '{size} {orientation}, {pages} sidor',
  'safety.pdfLandscape': 'liggande',
  'safety.pdfPortrait': 'stående',
  'safety.pdfPreview': 'Förhandsvisning: {layout}, text {pt} pt',
  'safety.pdfLegendBelow': 'Teckenförklaringen står under flödet.',
  'safety.pdfLegendRight': 'Teckenförklaringen står till höger om flödet.',
  'safety.pdfLegendPage': 'Teckenförklaringen får en egen sida efter flödet.',
  'safety.pdfLegendCover': 'Teckenförklaringen står på försättsbladet.',
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
  'safety.pdfOrientationAuto': 'Automatic',
  'safety.pdfAutoNote':
    'Automatic picks the orientation that gives the largest text: landscape for wide flows, portrait for tall ones.',
  'safety.pdfTooSmall':
    'Fitted to one {size} page: the text would be {pt} pt – too small to read. Choose A3 or split over pages.',
  'safety.pdfTooSmallA3':
    'Fitted to one A3 page: the text would be {pt} pt – too small to read. Split over pages.',
  'safety.pdfTooSmallTiled':
    'Split over pages the text would be {pt} pt – too small to read, as the PDF has at most {max} pages. Split the flow into subprocesses.',
  'safety.pdfInstead': 'Chosen instead: {layout} – the text will be {pt} pt.',
  'safety.pdfLayoutFit': '{size} {orientation}, one page',
  'safety.pdfLayoutTiles': '{size} {orientation}, {pages} pages',
  'safety.pdfLandscape': 'landscape',
  'safety.pdfPortrait': 'portrait',
  'safety.pdfPreview': 'Preview: {layout}, text {pt} pt',
  'safety.pdfLegendBelow': 'The legend is below the flow.',
  'safety.pdfLegendRight': 'The legend is to the right of the flow.',
  'safety.pdfLegendPage': 'The legend gets a page of its own after the flow.',
  'safety.pdfLegendCover': 'The legend is on the cover page.',
};
