// What every request carries through the Hono app: the signed-in person, set by the session
// middleware (auth/), read by the API routes (api/). null: not signed in.
import type { Kysely } from 'kysely';
import type { AppRole, Database } from '../db/schema';

export interface SessionUser {
  id: string;
  name: string;
  roles: AppRole[];
  groups: string[];
}

export type Db = Kysely<Database>;

export interface AppEnv {
  Variables: { user: SessionUser | null };
}
