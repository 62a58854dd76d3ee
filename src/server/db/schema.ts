// The server's tables as Kysely sees them. One migration set (db/migrations) creates them on SQLite
// and PostgreSQL alike, so every column is a type both have: text, integer, and ISO-8601 times as
// text (sorting as text sorts them in time).
import type { Generated, Insertable, Selectable } from 'kysely';

export type AppRole = 'admin' | 'editor' | 'reader';
export type AccessRole = 'owner' | 'editor' | 'reader';
export type PrincipalType = 'user' | 'group' | 'role';

export interface UsersTable {
  /** Random, not guessable: 'u-' + UUID. */
  id: string;
  /** The identity provider's issuer, or 'local' in local mode. */
  issuer: string;
  /** Entra's `oid` when present, else `sub`; the display name in local mode. */
  subject: string;
  name: string;
  email: string | null;
  /** JSON array of AppRole, from the role claim at the last sign-in. */
  roles_json: string;
  /** JSON array of group ids/names from the groups claim at the last sign-in. */
  groups_json: string;
  created_at: string;
  last_seen_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's random value: a stolen database holds no usable session. */
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** JSON object: reserved (e.g. the id token's sid for logout). */
  data_json: string;
}

export interface ProcessesTable {
  id: string;
  title: string;
  status: string;
  category: string;
  variant: string;
  /** JSON array of strings. */
  tags_json: string;
  /** Title and tags in lower case (Swedish rules), for the library's ?q= search: SQLite's lower()
   * folds ASCII only, so å, ä and ö are folded here. */
  search_text: string;
  owner_user_id: string;
  created_at: string;
  changed_at: string;
  changed_by_user_id: string;
  steps: number;
  lanes: number;
  /** Goes up by one on every stored change: the client's base for the three-way merge. */
  revision: number;
  /** The validated process file (same JSON as the app's export). */
  json: string;
  deleted_at: string | null;
  /** The current compaction epoch of its Y document (0: never compacted). */
  epoch: Generated<number>;
}

export interface ProcessAccessTable {
  process_id: string;
  principal_type: PrincipalType;
  /** A user id, a group name from the groups claim, or an AppRole. */
  principal_id: string;
  role: AccessRole;
}

export interface RevisionsTable {
  id: string;
  process_id: string;
  created_at: string;
  /** 'named' by a person; 'status' when the status changed (remiss, fastställd). */
  kind: string;
  name: string;
  json: string;
  author_user_id: string;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  process_id: string | null;
  /** e.g. 'process.create', 'process.update', 'access.set', 'register.update', 'auth.login'. */
  action: string;
  detail_json: string;
}

export interface RegisterEntriesTable {
  id: string;
  /** The validated RegisterEntry. */
  json: string;
  updated_at: string;
  updated_by_user_id: string | null;
}

export interface YdocsTable {
  /** The Hocuspocus document name: 'process:' + the process id, then '@' + the epoch from 1 on. */
  name: string;
  /** Y.encodeStateAsUpdate of the document, base64. */
  state: string;
  updated_at: string;
  /** When a compaction replaced this epoch (it is then read-only); null while it is current. */
  retired_at: Generated<string | null>;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  processes: ProcessesTable;
  process_access: ProcessAccessTable;
  revisions: RevisionsTable;
  audit: AuditTable;
  register_entries: RegisterEntriesTable;
  ydocs: YdocsTable;
}

export type UserRow = Selectable<UsersTable>;
export type ProcessRow = Selectable<ProcessesTable>;
export type NewAudit = Insertable<AuditTable>;
