// The method template and worked examples that ship with the app: realistic Swedish municipal
// flows as they are today (nuläge), with the problems a workshop typically finds marked.
// Generic unit names only, no real persons. The text format is described in templateText.ts.
import type { TemplateHead } from './templateText';

export interface Template {
  id: string;
  head: TemplateHead;
  description: string;
  text: string;
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'metod',
    head: {
      title: 'Ny process enligt metoden',
      category: 'huvudprocess',
      purpose: 'Beskriv varför processen finns och för vem.',
      need: 'Vad behöver kunden?',
      outcome: 'Vad har kunden fått när processen är klar?',
    },
    description:
      'Tom mall: kundens behov, en första aktivitet hos en enhet och resultatet. Fyll på i workshoppen.',
    text: `
behov Invånare: Kundens behov
Kommunstyrelseförvaltningen: Första aktiviteten
resultat Invånare: Resultat för kunden
`,
  },
  {
    id: 'forskoleplats',
    head: {
      title: 'Ansöka om förskoleplats (nuläge)',
      category: 'huvudprocess',
      purpose: 'Att barn får en förskoleplats när familjen behöver den.',
      need: 'Vårdnadshavare behöver förskoleplats',
      outcome: 'Barnet har börjat i förskolan',
      tags: ['exempel', 'förskola'],
    },
    description: 'Från ansökan i e-tjänsten till inskolning, med kö, komplettering och avgift.',
    text: `
behov Invånare: Behöver förskoleplats
Invånare: Ansöker i e-tjänsten
underlag Invånare: Ansökan
Barn- och utbildningsförvaltningen: Registrerar ansökan
beslut Barn- och utbildningsförvaltningen: Komplett ansökan?
Nej → Invånare: Kompletterar ansökan
problem Barn- och utbildningsförvaltningen: Var tredje ansökan saknar uppgifter
vänta Barn- och utbildningsförvaltningen: Väntar i kö
problem Invånare: Kön syns inte för vårdnadshavaren
Barn- och utbildningsförvaltningen: Erbjuder plats
Invånare: Tackar ja
Kommunstyrelseförvaltningen: Beräknar avgift
problem Kommunstyrelseförvaltningen: Inkomstuppgift saknas ofta
idé Kommunstyrelseförvaltningen: Hämta inkomst automatiskt med samtycke
Barn- och utbildningsförvaltningen: Inskolning
resultat Invånare: Barnet går i förskolan
Invånare: Kompletterar ansökan
→ Barn- och utbildningsförvaltningen: Registrerar ansökan
`,
  },
  {
    id: 'bygglov',
    head: {
      title: 'Ansöka om bygglov (nuläge)',
      category: 'huvudprocess',
      purpose: 'Att den som vill bygga får ett rättssäkert besked så snabbt som möjligt.',
      need: 'Vill bygga till sitt hus',
      outcome: 'Har ett beslut om bygglov och kan börja bygga',
      tags: ['exempel', 'bygglov'],
    },
    description: 'Ansökan, kompletteringar, grannhörande och beslut – med många återkopplingar.',
    text: `
behov Invånare: Vill bygga till sitt hus
Invånare: Ringer och frågar vad som krävs
problem Invånare: Vet inte vilka ritningar som behövs
Invånare: Skickar in ansökan
underlag Invånare: Ritningar och situationsplan
Kommunstyrelseförvaltningen: Registrerar ärendet
Samhällsbyggnadsförvaltningen: Kontrollerar att ansökan är komplett
beslut Samhällsbyggnadsförvaltningen: Komplett?
Nej → Invånare: Kompletterar med nya ritningar
Samhällsbyggnadsförvaltningen: Granskar mot detaljplanen
Samhällsbyggnadsförvaltningen: Hör grannar
vänta Samhällsbyggnadsförvaltningen: Väntar på grannarnas svar
Samhällsbyggnadsförvaltningen: Beslutar om bygglov
Kommunstyrelseförvaltningen: Skickar beslut och faktura
problem Kommunstyrelseförvaltningen: Beslut och faktura kommer i olika brev
idé Samhällsbyggnadsförvaltningen: Digital ansökan med checklista för ritningar
resultat Invånare: Kan börja bygga
Invånare: Kompletterar med nya ritningar
→ Samhällsbyggnadsförvaltningen: Kontrollerar att ansökan är komplett
`,
  },
  {
    id: 'restaurang',
    head: {
      title: 'Starta restaurang med serveringstillstånd (nuläge)',
      category: 'huvudprocess',
      purpose: 'Att företagare kan öppna sin restaurang i tid och på rätt villkor.',
      need: 'Vill öppna en restaurang med servering av alkohol',
      outcome: 'Restaurangen har öppnat med tillstånd',
      tags: ['exempel', 'näringsliv'],
    },
    description:
      'Tre förvaltningar och räddningstjänsten, var för sig – företagaren får samordna själv.',
    text: `
behov Företagare: Vill öppna restaurang
Företagare: Söker information på flera webbplatser
problem Företagare: Ingen samlad bild av alla tillstånd
Företagare: Registrerar livsmedelsanläggning
Miljö- och hälsoskyddsförvaltningen: Registrerar och planerar kontroll
Företagare: Söker serveringstillstånd
underlag Företagare: Ansökan med kunskapsprov
Kommunstyrelseförvaltningen: Utreder ansökan
Räddningstjänsten: Yttrar sig om brandskydd
vänta Kommunstyrelseförvaltningen: Väntar på yttranden
problem Kommunstyrelseförvaltningen: Yttranden kommer in vid olika tidpunkter
Kommunstyrelseförvaltningen: Beslutar om serveringstillstånd
Miljö- och hälsoskyddsförvaltningen: Gör första kontrollen
idé Näringslivsbolaget: En företagslots som samordnar tillstånden
resultat Företagare: Öppnar restaurangen
`,
  },
  {
    id: 'flytta-hit',
    head: {
      title: 'Flytta hit (nuläge)',
      category: 'huvudprocess',
      purpose: 'Att nya invånare snabbt får bostad, skola och omsorg på plats.',
      need: 'Vill flytta till kommunen',
      outcome: 'Har flyttat in och har det som familjen behöver',
      tags: ['exempel', 'inflyttning'],
    },
    description:
      'Bostad, skola och barnomsorg sköts av olika aktörer som inte känner till varandra.',
    text: `
behov Framtidare: Vill flytta till kommunen
Framtidare: Letar bostad
Bostadsbolaget: Erbjuder lägenhet via kön
vänta Framtidare: Väntar på lägenhet
problem Bostadsbolaget: Kötiden är okänd för den som söker
Framtidare: Anmäler flytt till Skatteverket
Staten: Registrerar ny adress
Framtidare: Söker skolplats
Barn- och utbildningsförvaltningen: Placerar i skola
problem Barn- och utbildningsförvaltningen: Får veta om flytten sent
Framtidare: Söker förskoleplats
Barn- och utbildningsförvaltningen: Erbjuder förskoleplats
idé Kommunstyrelseförvaltningen: Välkomstpaket med allt på ett ställe
resultat Invånare: Har flyttat in och är på plats
`,
  },
  {
    id: 'ny-medarbetare',
    head: {
      title: 'Ny medarbetare (nuläge)',
      category: 'stodprocess',
      purpose: 'Att nya medarbetare kan göra ett bra jobb från första dagen.',
      need: 'Chefen behöver en ny medarbetare',
      outcome: 'Medarbetaren är på plats och kan arbeta',
      tags: ['exempel', 'personal'],
    },
    description: 'Rekrytering till första arbetsdagen: dator, behörigheter och introduktion.',
    text: `
behov Vård- och omsorgsförvaltningen: Behöver rekrytera
Kommunstyrelseförvaltningen: Annonserar tjänsten
Vård- och omsorgsförvaltningen: Intervjuar och väljer
Kommunstyrelseförvaltningen: Skriver anställningsavtal
Kommunstyrelseförvaltningen: Beställer dator och behörigheter
vänta Kommunstyrelseförvaltningen: Väntar på leverans
problem Kommunstyrelseförvaltningen: Datorn kommer efter första dagen
Vård- och omsorgsförvaltningen: Introducerar medarbetaren
idé Kommunstyrelseförvaltningen: Beställ allt automatiskt när avtalet skrivs
resultat Vård- och omsorgsförvaltningen: Medarbetaren arbetar fullt ut
`,
  },
];
