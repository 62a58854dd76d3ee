import { bpmnSv } from './parts/bpmn';
import { vsdxSv } from './parts/vsdx';
import { exportSv } from './parts/export';
import { compareSv } from './parts/compare';
import { figuresSv } from './parts/figures';
import { landscapeSv } from './parts/landscape';
import { layoutSv } from './parts/layout';
import { methodSv } from './parts/method';
import { packSv } from './parts/pack';
import { backupSv } from './parts/backup';
import { historySv } from './parts/history';
import { pwaSv } from './parts/pwa';
import { settingsSv } from './parts/settings';
import { a11ySv } from './parts/a11y';
import { shareSv } from './parts/share';
import { hostileSv } from './parts/hostile';
import { subprocessSv } from './parts/subprocess';
import { templatesSv } from './parts/templates';
import { workshopSv } from './parts/workshop';
import { flowEditsSv } from './parts/flowEdits';
import { textviewSv } from './parts/textview';
import { recoverySv } from './parts/recovery';
import { journalSv } from './parts/journal';
import { safetySv } from './parts/safety';
import { canvasSv } from './parts/canvas';
import { presenceSv } from './parts/presence';
import { pdfFontsSv } from './parts/pdfFonts';
import { drawioSv } from './parts/drawio';
import { sharedLibrarySv } from './parts/sharedLibrary';
// server sync
import { serverSyncSv } from './parts/serverSync';
import { tableSv } from './parts/table';

// Swedish, the default language. The keys here define MessageKey; en.ts must have them all.
export const sv = {
  'app.name': 'Flödesverkstan',
  'app.tagline': 'Från stuprör till flöden',
  'app.switchLanguage': 'English',
  'app.notFound': 'Sidan finns inte',

  'app.nav': 'Huvudmeny',
  'app.navLibrary': 'Processer',
  'app.navRegister': 'Organisation',
  'register.heading': 'Organisationsregister',
  'register.help':
    'Enheter och kundgrupper som simbanorna hänvisar till. Ändrar du namn eller färg här ändras det i alla processer.',
  'register.add': 'Ny post',
  'register.addButton': 'Lägg till',
  'register.name': 'Namn',
  'register.shortName': 'Förkortning',
  'register.color': 'Färg',
  'register.kind': 'Typ',
  'register.exists': '”{name}” finns redan i registret.',

  'common.cancel': 'Avbryt',
  'common.create': 'Skapa',
  'common.save': 'Spara',
  'common.close': 'Stäng',
  'common.undo': 'Ångra',
  'common.loading': 'Laddar…',

  'process.title': 'Titel',
  'process.category': 'Kategori',
  'process.status': 'Status',

  'category.ledningsprocess': 'Ledningsprocess',
  'category.huvudprocess': 'Huvudprocess',
  'category.stodprocess': 'Stödprocess',
  'status.utkast': 'Utkast',
  'status.remiss': 'På remiss',
  'status.faststalld': 'Fastställd',

  'registerKind.forvaltning': 'Förvaltning',
  'registerKind.bolag': 'Bolag',
  'registerKind.extern': 'Extern aktör',
  'registerKind.kundgrupp': 'Kundgrupp',

  'kind.need': 'Behov',
  'kind.activity': 'Aktivitet',
  'kind.decision': 'Beslut',
  'kind.wait': 'Väntan',
  'kind.informationObject': 'Underlag',
  'kind.itSystem': 'IT-stöd',
  'kind.problem': 'Problem',
  'kind.improvement': 'Förbättringsförslag',
  'kind.note': 'Anteckning',
  'kind.outcome': 'Resultat',
  'kind.subprocess': 'Delprocess',

  'library.heading': 'Processbibliotek',
  'library.new': 'Ny process',
  'library.newTitle': 'Ny process',
  'library.renameTitle': 'Byt namn på processen',
  'library.import': 'Importera',
  'library.search': 'Sök',
  'library.searchPlaceholder': 'Titel eller tagg',
  'library.all': 'Alla',
  'library.empty': 'Här finns inga processer ännu. Skapa en ny eller importera en fil.',
  'library.noMatch': 'Ingen process matchar sökningen.',
  'library.tableCaption': '{count} processer',
  'library.steps': 'Steg',
  'library.changed': 'Ändrad',
  'library.actions': 'Åtgärder',
  'library.actionsFor': 'Åtgärder för {title}',
  'library.open': 'Öppna',
  'library.rename': 'Byt namn',
  'library.duplicate': 'Duplicera',
  'library.delete': 'Ta bort',
  'library.deleted': '”{title}” togs bort.',
  'library.copySuffix': '(kopia)',

  'import.done': '”{file}” importerades.',
  'import.doneRepaired': 'Filen importerades. {count} felaktiga referenser rättades.',
  'import.error.tooLarge': '”{file}” är för stor för att vara en processfil. Inget har ändrats.',
  'import.error.unreadable': '”{file}” kunde inte läsas. Inget har ändrats.',
  'import.error.notJson': '”{file}” är inte en processfil (ingen giltig JSON). Inget har ändrats.',
  'import.error.notProcessFile':
    '”{file}” är inte en processfil från Flödesverkstan. Inget har ändrats.',
  'import.error.newerVersion':
    '”{file}” är skapad av en nyare version av Flödesverkstan (format {version}). Uppdatera appen och försök igen. Inget har ändrats.',
  'import.error.invalid':
    '”{file}” är skadad eller ofullständig (fel vid {detail}). Inget har ändrats.',

  'error.storage':
    'Webbläsarens lagring svarar inte. Dina ändringar finns kvar på skärmen; exportera en kopia.',
  'error.saveFailed':
    'Ändringen kunde inte sparas än – vi försöker igen. Exportera gärna en kopia.',

  'save.saved': 'Sparat',
  'save.pending': 'Osparat',
  'save.saving': 'Sparar…',
  'save.error': 'Kunde inte spara',

  'editor.aria': 'Redigerare: {title}',
  'editor.toolbar': 'Verktyg',
  'editor.back': 'Alla processer',
  'editor.undo': 'Ångra',
  'editor.redo': 'Gör om',
  'editor.addLane': 'Lägg till simbana',
  'editor.addActivity': 'Lägg till aktivitet',
  'editor.quickEntry': 'Snabbinmatning',
  'editor.quickEntryPlaceholder': 'Simbana: vad händer',
  'editor.needLane': 'Lägg till en simbana först.',
  'editor.emptyHint':
    'Börja med att lägga till en simbana för kunden och för varje enhet som gör något i flödet.',
  'editor.missing': 'Processen finns inte (längre) i den här webbläsaren',
  'editor.unreadable': 'Processen kunde inte läsas',
  'editor.unknownUnit': 'Okänd enhet',
  'editor.unnamed': 'Namnlöst steg',
  'editor.stepLabel': 'Stegets text',
  'editor.laneAria': 'Simbana {name}, {index} av {count}',
  'editor.customerLane': 'Kund',
  'editor.renameLane': 'Byt enhet för simbanan',
  'editor.laneUp': 'Flytta {name} uppåt',
  'editor.laneDown': 'Flytta {name} nedåt',
  'editor.laneDelete': 'Ta bort simbanan {name}',
  'editor.laneDragHint':
    'Dra rubriken för att flytta simbanan, dra nederkanten för att ändra höjden.',
  'editor.laneResize': 'Höjd på simbanan {name}',
  'editor.zoomIn': 'Zooma in',
  'editor.zoomOut': 'Zooma ut',
  'editor.fitView': 'Visa hela flödet',
  'editor.handle': 'Kopplingspunkt',
  'editor.nodeHelp':
    'Markera med klick. Piltangenterna följer flödet, Alt+pil lägger till nästa steg, Enter redigerar texten.',
  'editor.edgeHelp': 'Markera med klick, dubbelklicka för att ändra etiketten.',
  'editor.viewControls': 'Zoom och vy',
  'editor.minimap': 'Översiktskarta',

  'lane.addTitle': 'Lägg till simbana',
  'lane.renameTitle': 'Byt enhet för simbanan',
  'lane.help':
    'Välj en enhet eller kundgrupp ur organisationsregistret, eller skriv ett nytt namn.',
  'lane.name': 'Enhet eller kundgrupp',
  'lane.newKind': 'Ny post i registret, typ',
  'lane.existing': 'Finns i registret ({kind}).',
  'lane.color': 'Färg för {name} (gäller i alla processer)',
  'lane.add': 'Lägg till',
  'lane.deleteTitle': 'Ta bort simbanan {name}?',
  'lane.deleteWithSteps': 'Simbanan har {count} steg. Vad ska hända med dem?',
  'lane.deleteEmpty': 'Simbanan är tom.',
  'lane.moveStepsTo': 'Flytta stegen till',
  'lane.deleteMove': 'Flytta stegen och ta bort',
  'lane.deleteWithStepsButton': 'Ta bort simbanan och stegen',
  'lane.delete': 'Ta bort',

  'connection.title': 'Koppling',
  'connection.label': 'Etikett',
  'connection.kind': 'Typ',
  'connection.flow': 'Flöde',
  'connection.information': 'Information',

  'props.panel': 'Egenskaper',
  'props.stepHeading': 'Steg: {kind}',
  'props.multiple': '{count} steg markerade',
  'props.label': 'Text',
  'props.kind': 'Typ av steg',
  'props.lane': 'Simbana',
  'props.description': 'Beskrivning',
  'props.responsibleRole': 'Ansvarig roll',
  'props.activeTime': 'Aktiv tid',
  'props.waitingTime': 'Väntetid',
  'props.amount': '{field}, antal',
  'props.unit': '{field}, enhet',
  'props.itSystems': 'IT-stöd',
  'props.commaHint': 'Skilj flera med kommatecken.',
  'props.valueAdding': 'Värdeskapande för kunden?',
  'props.yes': 'Ja',
  'props.no': 'Nej',
  'props.unknown': 'Inte bedömt',
  'props.objectsIn': 'Underlag in',
  'props.objectsOut': 'Underlag ut',
  'props.problems': 'Problem',
  'props.improvements': 'Förbättringsförslag',
  'props.none': 'Inga ännu.',
  'props.addObjectIn': 'Lägg till underlag in',
  'props.addObjectOut': 'Lägg till underlag ut',
  'props.addProblem': 'Lägg till problem',
  'props.addImprovement': 'Lägg till förbättringsförslag',
  'props.outgoing': 'Nästa steg',
  'props.outcomeLabel': 'Etikett mot ”{target}”',
  'props.outcomePlaceholder': 't.ex. Ja eller Nej',
  'props.removeConnection': 'Ta bort kopplingen till ”{target}”',
  'props.connectTo': 'Koppla till',
  'props.chooseStep': 'Välj steg…',
  'props.connect': 'Koppla',
  'palette.label': 'Steg',
  'palette.hint':
    'Klicka för att lägga till efter det markerade steget, eller dra in i en simbana.',
  'align.menu': 'Justera',
  'align.left': 'Justera vänsterkanter',
  'align.centerX': 'Centrera lodrätt',
  'align.right': 'Justera högerkanter',
  'align.top': 'Justera överkanter',
  'align.middle': 'Centrera vågrätt',
  'align.bottom': 'Justera underkanter',
  'align.distributeX': 'Fördela jämnt i sidled',
  'align.distributeY': 'Fördela jämnt i höjdled',
  'unit.min': 'minuter',
  'unit.h': 'timmar',
  'unit.d': 'dagar',
  'unit.w': 'veckor',

  'spec.heading': 'Processbeskrivning',
  'spec.variant': 'Version av flödet',
  'spec.purpose': 'Syfte',
  'spec.customerGroups': 'Kundgrupper',
  'spec.need': 'Behov (start)',
  'spec.outcome': 'Resultat (slut)',
  'spec.owner': 'Processägare',
  'spec.tags': 'Taggar',
  'variant.nulage': 'Nuläge',
  'variant.onskat': 'Önskat läge',

  'keys.button': 'Kortkommandon',
  'keys.title': 'Kortkommandon',
  'keys.nextSame': 'Nytt steg efter det markerade, i samma simbana',
  'keys.nextBelow': 'Nytt steg efter det markerade, i simbanan nedanför',
  'keys.nextAbove': 'Nytt steg efter det markerade, i simbanan ovanför',
  'keys.followFlow': 'Gå till nästa eller föregående steg i flödet',
  'keys.otherLane': 'Gå till närmaste steg i simbanan ovanför eller nedanför',
  'keys.editLabel': 'Redigera stegets text',
  'keys.cancel': 'Avbryt redigering, avmarkera',
  'keys.delete': 'Ta bort det markerade',
  'keys.clipboard': 'Kopiera, klipp ut, klistra in (även mellan processer; textrader blir steg)',
  'keys.duplicate': 'Duplicera det markerade',
  'keys.selectAll': 'Markera alla steg',
  'keys.undo': 'Ångra',
  'keys.redo': 'Gör om',
  'keys.multiSelect': 'Lägg till i markeringen',
  'keys.boxSelect': 'Markera med en ruta',
  'keys.pan': 'Panorera (även med rullning)',
  'keys.help': 'Visa den här listan',
  'keys.click': 'klick',
  'keys.drag': 'dra',
  'keys.space': 'Mellanslag',

  'export.menu': 'Exportera',
  'export.json': 'JSON – Flödesverkstans egen fil (.json)',
  ...exportSv,
  ...bpmnSv,
  ...vsdxSv,
  ...layoutSv,
  ...figuresSv,
  ...compareSv,
  ...landscapeSv,
  ...templatesSv,
  ...methodSv,
  ...workshopSv,
  ...flowEditsSv,
  ...packSv,
  ...backupSv,
  ...historySv,
  ...pwaSv,
  ...settingsSv,
  ...a11ySv,
  ...subprocessSv,
  ...shareSv,
  ...hostileSv,
  ...textviewSv,
  ...recoverySv,
  ...journalSv,
  ...safetySv,
  ...canvasSv,
  ...presenceSv,
  ...pdfFontsSv,
  ...drawioSv,
  ...sharedLibrarySv,
  // server sync
  ...serverSyncSv,
  ...tableSv,
} as const;

export type MessageKey = keyof typeof sv;
