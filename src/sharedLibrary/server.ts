// The one door from this feature to the server state (state/server): the hook, the actions and
// the seam's types. Features reach storage and the app only through src/state.
export { serverActions } from '../state/server/actions';
export { useServer } from '../state/server/store';
export type {
  AccessChoice,
  AccessRole,
  Principals,
  ServerState,
  SharedItem,
  SyncState,
} from '../state/server/types';
