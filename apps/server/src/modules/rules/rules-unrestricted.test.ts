import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { NINOX_SALARY_RULES, NINOX_STAFF_FIELDS } from '../../../test/harness/ninox-notes.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';

// biome-ignore lint/suspicious/noExplicitAny: traces are deep JSON; the assertions check their shape.
type Json = Record<string, any>;

// Ninox: "If you restrict any field during the further procedure, the new restriction is also valid."
// A field condition on a collection that is not restricted closes its field wherever it fails: the
// rows stay open to every member, the salary does not, through every path of the records API.
describeDb('a field restriction on an unrestricted collection', (database) => {
  let owner: Person;
  let hana: Person;
  let rex: Person;
  let base = '';
  let records = '';
  let sam = '';

  beforeAll(async () => {
    const { app, ctx } = await createTestApp(database());
    await app.ready();
    owner = await signUp(app, ctx, 'owner@unrestricted.test');
    hana = await signUp(app, ctx, 'hana@unrestricted.test');
    rex = await signUp(app, ctx, 'rex@unrestricted.test');
    const companyId = await insertCompany(ctx, 'Ninox Team', owner.accountId);
    const created = async (path: string, body: object) => {
      const res = await owner.client.post(path, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    base = `/api/apps/${(await created(`/api/companies/${companyId}/apps`, { name: 'Staff' })).app.id}`;
    records = `${base}/collections/staff/records`;
    const rights = ['app.data.read', 'app.data.edit'];
    await created(`${base}/roles`, { key: 'hr', name: 'HR', internal: true, rights });
    await created(`${base}/roles`, { key: 'reviewer', name: 'Reviewer', internal: true, rights });
    await created(`${base}/users`, { email: hana.email, roles: ['hr'] });
    await created(`${base}/users`, { email: rex.email, roles: ['reviewer'] });
    await created(`${base}/collections`, { key: 'staff', name: 'Staff', restricted: false });
    for (const field of NINOX_STAFF_FIELDS) await created(`${base}/collections/staff/fields`, field);
    for (const rule of NINOX_SALARY_RULES) {
      const saved = await created(`${base}/rules`, rule);
      expect(saved.warnings, 'a field condition there is no rule without effect').toEqual([]);
    }
    const res = await hana.client.post(records, { values: { name: 'Sam', salary: 5000 } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Sam', salary: 5000 });
    sam = res.json().id;
  });

  const get = async (person: Person, query = '') => {
    const res = await person.client.get(`${records}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Json;
  };

  /** A refused write names the field; its exact status is the write-denial table's (docs/api.md). */
  const expectSalaryRefused = (res: LightMyRequestResponse) => {
    expect([400, 403], res.body).toContain(res.statusCode);
    expect(JSON.stringify(res.json().error.details)).toContain('salary');
  };

  describe('the reviewer, for whom the condition fails', () => {
    it('lists and reads every row, never with a salary key', async () => {
      const list = await get(rex, '?count=true');
      expect(list.count).toBe(1);
      expect(list.items).toEqual([expect.objectContaining({ id: sam, name: 'Sam' })]);
      expect(list.items[0]).not.toHaveProperty('salary');
      expect(JSON.stringify(list)).not.toContain('5000');
      const one = await rex.client.get(`${records}/${sam}`);
      expect(one.statusCode, one.body).toBe(200);
      expect(one.json()).toMatchObject({ id: sam, name: 'Sam' });
      expect(one.json()).not.toHaveProperty('salary');
    });

    it('cannot filter, sort, pick or count on the salary: the error of an unknown field', async () => {
      const unknown = await rex.client.get(`${records}?filter=${encodeURIComponent('record.bogus > 1')}`);
      expect(unknown.statusCode).toBe(400);
      for (const query of [
        `filter=${encodeURIComponent('record.salary > 1000.0')}&count=true`,
        'sort=-salary',
        'fields=name,salary',
      ]) {
        const res = await rex.client.get(`${records}?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().error.code, query).toBe(unknown.json().error.code);
        expect(res.json().error.code).toBe('POLICY_UNKNOWN_IDENTIFIER');
        expect(res.body).not.toContain('5000');
      }
      const unknownSort = await rex.client.get(`${records}?sort=-bogus`);
      const salarySort = await rex.client.get(`${records}?sort=-salary`);
      expect(salarySort.json().error.message.replace('salary', 'bogus')).toBe(
        unknownSort.json().error.message,
      );
    });

    it('cannot write the salary, on a new row or an existing one, and writes the rest', async () => {
      expectSalaryRefused(await rex.client.post(records, { values: { name: 'Ria', salary: 1 } }));
      expectSalaryRefused(await rex.client.patch(`${records}/${sam}`, { values: { salary: 1 } }));
      const renamed = await rex.client.patch(`${records}/${sam}`, { values: { name: 'Samuel' } });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json()).not.toHaveProperty('salary');
      const created = await rex.client.post(records, { values: { name: 'Ria' } });
      expect(created.statusCode, created.body).toBe(201);
      const stored = await hana.client.get(`${records}/${sam}`);
      expect(stored.json()).toMatchObject({ name: 'Samuel', salary: 5000 });
      expect((await rex.client.delete(`${records}/${created.json().id}`)).statusCode).toBe(204);
    });

    it('is told by explain that the field condition hides the salary', async () => {
      const res = await owner.client.post(`${base}/access/explain`, {
        user: rex.email,
        action: 'read',
        collection: 'staff',
        record: sam,
      });
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as Json;
      expect(out.record).toMatchObject({ allowed: true, agrees: true });
      expect(out.trace.bypass).toBe('unrestricted');
      expect(out.trace.record.fields).toContain('name');
      expect(out.trace.record.fields).not.toContain('salary');
      expect(out.trace.record.hiddenFields).toEqual([
        {
          field: 'salary',
          reason: 'field condition "Only HR reads salaries" did not hold (false: "hr" in user.roles)',
        },
      ]);
    });
  });

  describe('HR, for whom the condition holds', () => {
    it('reads, filters and sorts on the salary, and changes it', async () => {
      const list = await get(hana, `?filter=${encodeURIComponent('record.salary > 1000.0')}&sort=-salary`);
      expect(list.items).toEqual([expect.objectContaining({ id: sam, salary: 5000 })]);
      const changed = await hana.client.patch(`${records}/${sam}`, { values: { salary: 5500 } });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ salary: 5500 });
      const one = await hana.client.get(`${records}/${sam}`);
      expect(one.json()).toMatchObject({ salary: 5500 });
    });
  });
});
