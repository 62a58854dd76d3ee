// Bodies an attacker or a broken client might send: each gets a 4xx and changes nothing.
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS } from '../../domain/load/loadDocument';
import { counts, processFile, share } from '../test/fixtures';
import { DIALECTS, seedUser, useHarness } from '../test/testApp';

const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe.each(DIALECTS)('hostile bodies (%s)', (dialect) => {
  const h = useHarness(dialect);

  async function setup() {
    const anna = await seedUser(h().db, 'Anna', ['admin', 'editor']);
    const file = processFile('Bygglov');
    const id = await share(h(), anna, file);
    return { anna, file, id };
  }

  it('refuses process files that do not pass the load gate, on create and on save', async () => {
    const { anna, file, id } = await setup();
    const text = JSON.stringify(file);
    const oversized = `${text}${' '.repeat(MAX_INPUT_CHARS + 1 - text.length)}`;
    const future = { ...file, formatVersion: 99 };
    const wrongType = { ...file, process: { ...file.process, steps: 'many' } };
    const cases: [string, string | object, number, string][] = [
      ['oversized', oversized, 413, 'tooLarge'],
      ['not JSON', '{"process":', 400, 'notJson'],
      ['deep nesting', `{"process":${deep(200)}}`, 400, 'notProcessFile'],
      ['not a process file', { hello: 'world' }, 400, 'notProcessFile'],
      ['wrong types', wrongType, 400, 'invalid'],
      ['a future format version', future, 400, 'newerVersion'],
      // The prototype key is dropped while parsing, so the process inside it never arrives.
      [
        'the process under __proto__',
        `{"__proto__":${JSON.stringify({ process: file.process })}}`,
        400,
        'notProcessFile',
      ],
    ];
    for (const [name, body, status, error] of cases) {
      const before = await counts(h());
      const created = await h().call(anna, 'POST', '/api/processes', body);
      expect([name, created.status, await created.json()]).toEqual([name, status, { error }]);
      const saveBody =
        typeof body === 'string'
          ? `{"baseRevision":1,"file":${body}}`
          : { file: body, baseRevision: 1 };
      const saved = await h().call(anna, 'PUT', `/api/processes/${id}`, saveBody);
      expect([name, saved.status]).toEqual([name, status]);
      expect(await counts(h())).toEqual(before);
    }
  });

  it('refuses malformed saves: no base revision, a wrong type, another process', async () => {
    const { anna, file, id } = await setup();
    const other = processFile('Annan');
    const cases: [string, unknown][] = [
      ['no baseRevision', { file }],
      ['baseRevision as text', { file, baseRevision: '1' }],
      [
        'baseRevision under __proto__',
        `{"file":${JSON.stringify(file)},"__proto__":{"baseRevision":1}}`,
      ],
      ['a deep body', `{"baseRevision":1,"file":{"process":${deep(70)}}}`],
      ['the file of another process', { file: other, baseRevision: 1 }],
      ['an array', [file, 1]],
    ];
    for (const [name, body] of cases) {
      const before = await counts(h());
      const res = await h().call(anna, 'PUT', `/api/processes/${id}`, body);
      expect([name, res.status]).toEqual([name, 400]);
      expect(await counts(h())).toEqual(before);
    }
  });

  it('stores a file without the prototype keys it carried, and pollutes nothing', async () => {
    const { anna, file } = await setup();
    const fresh = processFile('Förorenad');
    const text = JSON.stringify(fresh).replace(
      '{"formatVersion"',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"formatVersion"',
    );
    const res = await h().call(anna, 'POST', '/api/processes', text);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const row = await h()
      .db.selectFrom('processes')
      .select('json')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.json).not.toContain('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(file.process.id).not.toBe(id);
  });

  it('refuses bad access lists, revision names and register entries', async () => {
    const { anna, id } = await setup();
    const bo = await seedUser(h().db, 'Bo');
    const cases: [string, string, string, unknown, number][] = [
      ['access: not a list', 'PUT', `/api/processes/${id}/access`, { entries: 'all' }, 400],
      [
        'access: a second owner',
        'PUT',
        `/api/processes/${id}/access`,
        { entries: [{ principalType: 'user', principalId: bo.id, role: 'owner' }] },
        400,
      ],
      [
        'access: an unknown user',
        'PUT',
        `/api/processes/${id}/access`,
        { entries: [{ principalType: 'user', principalId: 'u-nobody', role: 'reader' }] },
        400,
      ],
      [
        'access: an unknown app role',
        'PUT',
        `/api/processes/${id}/access`,
        { entries: [{ principalType: 'role', principalId: 'superuser', role: 'editor' }] },
        400,
      ],
      [
        'access: a made-up principal type',
        'PUT',
        `/api/processes/${id}/access`,
        { entries: [{ principalType: 'world', principalId: 'x', role: 'reader' }] },
        400,
      ],
      ['revision: no name', 'POST', `/api/processes/${id}/revisions`, { name: '   ' }, 400],
      [
        'revision: a name too long',
        'POST',
        `/api/processes/${id}/revisions`,
        { name: 'x'.repeat(501) },
        400,
      ],
      [
        'register: a colour that is no colour',
        'PUT',
        '/api/register/u-ksf',
        { id: 'u-ksf', kind: 'forvaltning', name: 'KSF', color: 'red;x' },
        400,
      ],
      [
        'register: another id than the path',
        'PUT',
        '/api/register/u-ksf',
        { id: 'u-other', kind: 'forvaltning', name: 'KSF', color: '#ffffff' },
        400,
      ],
      ['register: not JSON', 'PUT', '/api/register/u-ksf', '{', 400],
      ['register: oversized', 'PUT', '/api/register/u-ksf', ' '.repeat(MAX_INPUT_CHARS + 1), 413],
      ['register: delete a missing entry', 'DELETE', '/api/register/u-nothing', undefined, 404],
    ];
    for (const [name, method, path, body, status] of cases) {
      const before = await counts(h());
      const res = await h().call(anna, method, path, body);
      expect([name, res.status]).toEqual([name, status]);
      expect(await counts(h())).toEqual(before);
    }
  });
});
