// The one migration set for SQLite and PostgreSQL, in code: the server is bundled into one file,
// so there is no migration folder on disk to read. Add a migration at the end; never edit one
// that has shipped.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

// Migrations see the database untyped: the tables they create are what schema.ts describes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

function initial(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('issuer', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('roles_json', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('groups_json', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('users_issuer_subject', ['issuer', 'subject'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('data_json', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('processes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('variant', 'text', (c) => c.notNull())
        .addColumn('tags_json', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .addColumn('changed_by_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('steps', 'integer', (c) => c.notNull())
        .addColumn('lanes', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('json', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema
        .createIndex('processes_changed_at')
        .on('processes')
        .column('changed_at')
        .execute();

      await db.schema
        .createTable('process_access')
        .addColumn('process_id', 'text', (c) =>
          c.notNull().references('processes.id').onDelete('cascade'),
        )
        .addColumn('principal_type', 'text', (c) => c.notNull())
        .addColumn('principal_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('process_access_pk', [
          'process_id',
          'principal_type',
          'principal_id',
        ])
        .execute();
      // The library's filter starts from the caller's principals.
      await db.schema
        .createIndex('process_access_principal')
        .on('process_access')
        .columns(['principal_type', 'principal_id'])
        .execute();

      await db.schema
        .createTable('revisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) =>
          c.notNull().references('processes.id').onDelete('cascade'),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('json', 'text', (c) => c.notNull())
        .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
        .execute();
      await db.schema
        .createIndex('revisions_process')
        .on('revisions')
        .columns(['process_id', 'created_at'])
        .execute();

      // Audit rows outlive what they speak of: no foreign keys.
      await db.schema
        .createTable('audit')
        .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('process_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('detail_json', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema.createIndex('audit_process').on('audit').column('process_id').execute();
      await db.schema.createIndex('audit_at').on('audit').column('at').execute();

      await db.schema
        .createTable('register_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('json', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by_user_id', 'text')
        .execute();
    },
    async down(db: AnyDb) {
      for (const table of [
        'register_entries',
        'audit',
        'revisions',
        'process_access',
        'processes',
        'sessions',
        'users',
      ])
        await db.schema.dropTable(table).ifExists().execute();
    },
  };
}

/** Co-editing (issue 20): the Y document of each process being co-edited, as base64 text (both
 * dialects store text alike). The processes row stays the validated JSON the HTTP API serves. */
const ydocs: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('ydocs')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('ydocs').ifExists().execute();
  },
};

/** Compaction epochs (collaboration.md §8): a process's room is `process:<id>@<epoch>` once it has
 * been compacted (epoch 0 keeps the plain name); a retired epoch's Y state stays, read-only, for
 * devices that were offline across the compaction, until it is pruned. */
const epochs: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('processes')
      .addColumn('epoch', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('ydocs').addColumn('retired_at', 'text').execute();
  },
  async down(db: AnyDb) {
    await db.schema.alterTable('ydocs').dropColumn('retired_at').execute();
    await db.schema.alterTable('processes').dropColumn('epoch').execute();
  },
};

/** Every migration, in order; the names sort in that order too. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        '0001_initial': initial(dialect),
        '0002_ydocs': ydocs,
        '0003_epochs': epochs,
      }),
  };
}

export async function migrateToLatest(db: AnyDb, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed`, { cause: error });
  }
}

/** The database answers a trivial query. */
export async function ping(db: AnyDb): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
