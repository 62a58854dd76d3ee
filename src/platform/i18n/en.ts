// English. Typed against the Swedish table: a missing key does not compile.
import { bpmnEn } from './parts/bpmn';
import { vsdxEn } from './parts/vsdx';
import { exportEn } from './parts/export';
import { compareEn } from './parts/compare';
import { figuresEn } from './parts/figures';
import { landscapeEn } from './parts/landscape';
import { layoutEn } from './parts/layout';
import { methodEn } from './parts/method';
import { packEn } from './parts/pack';
import { backupEn } from './parts/backup';
import { historyEn } from './parts/history';
import { pwaEn } from './parts/pwa';
import { settingsEn } from './parts/settings';
import { a11yEn } from './parts/a11y';
import { shareEn } from './parts/share';
import { hostileEn } from './parts/hostile';
import { subprocessEn } from './parts/subprocess';
import { templatesEn } from './parts/templates';
import { workshopEn } from './parts/workshop';
import { flowEditsEn } from './parts/flowEdits';
import { textviewEn } from './parts/textview';
import { recoveryEn } from './parts/recovery';
import { journalEn } from './parts/journal';
import { safetyEn } from './parts/safety';
import { canvasEn } from './parts/canvas';
import { presenceEn } from './parts/presence';
import { pdfFontsEn } from './parts/pdfFonts';
import { drawioEn } from './parts/drawio';
import { sharedLibraryEn } from './parts/sharedLibrary';
// server sync
import { serverSyncEn } from './parts/serverSync';
import { tableEn } from './parts/table';
import type { MessageKey } from './sv';

export const en: Record<MessageKey, string> = {
  'app.name': 'Flödesverkstan',
  'app.tagline': 'From silos to flows',
  'app.switchLanguage': 'Svenska',
  'app.notFound': 'This page does not exist',

  'app.nav': 'Main menu',
  'app.navLibrary': 'Processes',
  'app.navRegister': 'Organisation',
  'register.heading': 'Organisation register',
  'register.help':
    'Units and customer groups that lanes refer to. A name or colour changed here changes in every process.',
  'register.add': 'New entry',
  'register.addButton': 'Add',
  'register.name': 'Name',
  'register.shortName': 'Abbreviation',
  'register.color': 'Colour',
  'register.kind': 'Kind',
  'register.exists': '“{name}” is already in the register.',

  'common.cancel': 'Cancel',
  'common.create': 'Create',
  'common.save': 'Save',
  'common.close': 'Close',
  'common.undo': 'Undo',
  'common.loading': 'Loading…',

  'process.title': 'Title',
  'process.category': 'Category',
  'process.status': 'Status',

  'category.ledningsprocess': 'Management process',
  'category.huvudprocess': 'Core process',
  'category.stodprocess': 'Support process',
  'status.utkast': 'Draft',
  'status.remiss': 'In review',
  'status.faststalld': 'Approved',

  'registerKind.forvaltning': 'Administration',
  'registerKind.bolag': 'Municipal company',
  'registerKind.extern': 'External actor',
  'registerKind.kundgrupp': 'Customer group',

  'kind.need': 'Need',
  'kind.activity': 'Activity',
  'kind.decision': 'Decision',
  'kind.wait': 'Wait',
  'kind.informationObject': 'Information object',
  'kind.itSystem': 'IT system',
  'kind.problem': 'Problem',
  'kind.improvement': 'Improvement idea',
  'kind.note': 'Note',
  'kind.outcome': 'Outcome',
  'kind.subprocess': 'Subprocess',

  'library.heading': 'Process library',
  'library.new': 'New process',
  'library.newTitle': 'New process',
  'library.renameTitle': 'Rename process',
  'library.import': 'Import',
  'library.search': 'Search',
  'library.searchPlaceholder': 'Title or tag',
  'library.all': 'All',
  'library.empty': 'No processes yet. Create a new one or import a file.',
  'library.noMatch': 'No process matches the search.',
  'library.tableCaption': '{count} processes',
  'library.steps': 'Steps',
  'library.changed': 'Changed',
  'library.actions': 'Actions',
  'library.actionsFor': 'Actions for {title}',
  'library.open': 'Open',
  'library.rename': 'Rename',
  'library.duplicate': 'Duplicate',
  'library.delete': 'Delete',
  'library.deleted': '“{title}” was deleted.',
  'library.copySuffix': '(copy)',

  'import.done': '“{file}” was imported.',
  'import.doneRepaired': 'The file was imported. {count} broken references were repaired.',
  'import.error.tooLarge': '“{file}” is too large to be a process file. Nothing was changed.',
  'import.error.unreadable': '“{file}” could not be read. Nothing was changed.',
  'import.error.notJson': '“{file}” is not a process file (not valid JSON). Nothing was changed.',
  'import.error.notProcessFile':
    '“{file}” is not a Flödesverkstan process file. Nothing was changed.',
  'import.error.newerVersion':
    '“{file}” was made by a newer version of Flödesverkstan (format {version}). Update the app and try again. Nothing was changed.',
  'import.error.invalid':
    '“{file}” is damaged or incomplete (error at {detail}). Nothing was changed.',

  'error.storage':
    'The browser’s storage is not responding. Your changes are still on screen; export a copy.',
  'error.saveFailed': 'The change could not be saved yet – retrying. Consider exporting a copy.',

  'save.saved': 'Saved',
  'save.pending': 'Unsaved',
  'save.saving': 'Saving…',
  'save.error': 'Could not save',

  'editor.aria': 'Editor: {title}',
  'editor.toolbar': 'Tools',
  'editor.back': 'All processes',
  'editor.undo': 'Undo',
  'editor.redo': 'Redo',
  'editor.addLane': 'Add lane',
  'editor.addActivity': 'Add activity',
  'editor.quickEntry': 'Quick entry',
  'editor.quickEntryPlaceholder': 'Lane: what happens',
  'editor.needLane': 'Add a lane first.',
  'editor.emptyHint':
    'Start by adding a lane for the customer and one for each unit that does something in the flow.',
  'editor.missing': 'This process is not (or no longer) in this browser',
  'editor.unreadable': 'The process could not be read',
  'editor.unknownUnit': 'Unknown unit',
  'editor.unnamed': 'Unnamed step',
  'editor.stepLabel': 'Step text',
  'editor.laneAria': 'Lane {name}, {index} of {count}',
  'editor.customerLane': 'Customer',
  'editor.renameLane': 'Change the lane’s unit',
  'editor.laneUp': 'Move {name} up',
  'editor.laneDown': 'Move {name} down',
  'editor.laneDelete': 'Delete lane {name}',
  'editor.laneDragHint':
    'Drag the header to move the lane; drag the bottom edge to change its height.',
  'editor.laneResize': 'Height of lane {name}',
  'editor.zoomIn': 'Zoom in',
  'editor.zoomOut': 'Zoom out',
  'editor.fitView': 'Show the whole flow',
  'editor.handle': 'Connection point',
  'editor.nodeHelp':
    'Select by clicking. Arrow keys follow the flow, Alt+arrow adds the next step, Enter edits the text.',
  'editor.edgeHelp': 'Select by clicking; double-click to change the label.',
  'editor.viewControls': 'Zoom and view',
  'editor.minimap': 'Overview map',

  'lane.addTitle': 'Add lane',
  'lane.renameTitle': 'Change the lane’s unit',
  'lane.help':
    'Choose a unit or customer group from the organisation register, or type a new name.',
  'lane.name': 'Unit or customer group',
  'lane.newKind': 'New register entry, type',
  'lane.existing': 'In the register ({kind}).',
  'lane.color': 'Colour of {name} (in every process)',
  'lane.add': 'Add',
  'lane.deleteTitle': 'Delete lane {name}?',
  'lane.deleteWithSteps': 'The lane has {count} steps. What should happen to them?',
  'lane.deleteEmpty': 'The lane is empty.',
  'lane.moveStepsTo': 'Move the steps to',
  'lane.deleteMove': 'Move the steps and delete',
  'lane.deleteWithStepsButton': 'Delete the lane and its steps',
  'lane.delete': 'Delete',

  'connection.title': 'Connection',
  'connection.label': 'Label',
  'connection.kind': 'Kind',
  'connection.flow': 'Flow',
  'connection.information': 'Information',

  'props.panel': 'Properties',
  'props.stepHeading': 'Step: {kind}',
  'props.multiple': '{count} steps selected',
  'props.label': 'Text',
  'props.kind': 'Kind of step',
  'props.lane': 'Lane',
  'props.description': 'Description',
  'props.responsibleRole': 'Responsible role',
  'props.activeTime': 'Active time',
  'props.waitingTime': 'Waiting time',
  'props.amount': '{field}, amount',
  'props.unit': '{field}, unit',
  'props.itSystems': 'IT systems',
  'props.commaHint': 'Separate several with commas.',
  'props.valueAdding': 'Value-adding for the customer?',
  'props.yes': 'Yes',
  'props.no': 'No',
  'props.unknown': 'Not judged',
  'props.objectsIn': 'Information in',
  'props.objectsOut': 'Information out',
  'props.problems': 'Problems',
  'props.improvements': 'Improvement ideas',
  'props.none': 'None yet.',
  'props.addObjectIn': 'Add information in',
  'props.addObjectOut': 'Add information out',
  'props.addProblem': 'Add problem',
  'props.addImprovement': 'Add improvement idea',
  'props.outgoing': 'Next steps',
  'props.outcomeLabel': 'Label towards “{target}”',
  'props.outcomePlaceholder': 'e.g. Yes or No',
  'props.removeConnection': 'Remove the connection to “{target}”',
  'props.connectTo': 'Connect to',
  'props.chooseStep': 'Choose a step…',
  'props.connect': 'Connect',
  'palette.label': 'Steps',
  'palette.hint': 'Click to add after the selected step, or drag into a lane.',
  'align.menu': 'Align',
  'align.left': 'Align left edges',
  'align.centerX': 'Centre vertically',
  'align.right': 'Align right edges',
  'align.top': 'Align top edges',
  'align.middle': 'Centre horizontally',
  'align.bottom': 'Align bottom edges',
  'align.distributeX': 'Distribute horizontally',
  'align.distributeY': 'Distribute vertically',
  'unit.min': 'minutes',
  'unit.h': 'hours',
  'unit.d': 'days',
  'unit.w': 'weeks',

  'spec.heading': 'Process specification',
  'spec.variant': 'Version of the flow',
  'spec.purpose': 'Purpose',
  'spec.customerGroups': 'Customer groups',
  'spec.need': 'Need (start)',
  'spec.outcome': 'Outcome (end)',
  'spec.owner': 'Process owner',
  'spec.tags': 'Tags',
  'variant.nulage': 'As-is',
  'variant.onskat': 'To-be',

  'keys.button': 'Shortcuts',
  'keys.title': 'Keyboard shortcuts',
  'keys.nextSame': 'New step after the selected one, in the same lane',
  'keys.nextBelow': 'New step after the selected one, in the lane below',
  'keys.nextAbove': 'New step after the selected one, in the lane above',
  'keys.followFlow': 'Go to the next or previous step in the flow',
  'keys.otherLane': 'Go to the nearest step in the lane above or below',
  'keys.editLabel': 'Edit the step’s text',
  'keys.cancel': 'Cancel editing, clear the selection',
  'keys.delete': 'Delete the selection',
  'keys.clipboard': 'Copy, cut, paste (also between processes; lines of text become steps)',
  'keys.duplicate': 'Duplicate the selection',
  'keys.selectAll': 'Select all steps',
  'keys.undo': 'Undo',
  'keys.redo': 'Redo',
  'keys.multiSelect': 'Add to the selection',
  'keys.boxSelect': 'Select with a box',
  'keys.pan': 'Pan (scrolling pans too)',
  'keys.help': 'Show this list',
  'keys.click': 'click',
  'keys.drag': 'drag',
  'keys.space': 'Space',

  'export.menu': 'Export',
  'export.json': 'JSON – Flödesverkstan’s own file (.json)',
  ...exportEn,
  ...bpmnEn,
  ...vsdxEn,
  ...layoutEn,
  ...figuresEn,
  ...compareEn,
  ...landscapeEn,
  ...templatesEn,
  ...methodEn,
  ...workshopEn,
  ...flowEditsEn,
  ...packEn,
  ...backupEn,
  ...historyEn,
  ...pwaEn,
  ...settingsEn,
  ...a11yEn,
  ...subprocessEn,
  ...shareEn,
  ...hostileEn,
  ...textviewEn,
  ...recoveryEn,
  ...journalEn,
  ...safetyEn,
  ...canvasEn,
  ...presenceEn,
  ...pdfFontsEn,
  ...drawioEn,
  ...sharedLibraryEn,
  // server sync
  ...serverSyncEn,
  ...tableEn,
};
