import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';

// An empty user value (null, missing or "") never equals anything (DESIGN.md §4): a user whose
// department is "" reads neither the orders titled "" nor those without a title, exactly like a user
// whose department is null, through the list, a point read and explain.
describeDb('records: an empty user value never matches', (database) => {
  let owner: Person;
  let blank: Person;
  let none: Person;
  let sales: Person;
  let base = '';
  let records = '';
  const orders: Record<string, string> = {};

  beforeAll(async () => {
    const { app, ctx } = await createTestApp(database());
    await app.ready();
    owner = await signUp(app, ctx, 'owner@empty-values.test');
    blank = await signUp(app, ctx, 'blank@empty-values.test');
    none = await signUp(app, ctx, 'none@empty-values.test');
    sales = await signUp(app, ctx, 'sales@empty-values.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    const created = async (path: string, body: object) => {
      const res = await owner.client.post(path, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    base = `/api/apps/${(await created(`/api/companies/${companyId}/apps`, { name: 'Orders' })).app.id}`;
    records = `${base}/collections/orders/records`;
    const rights = ['app.data.read', 'app.data.edit'];
    await created(`${base}/roles`, { key: 'clerk', name: 'Clerk', rights });
    await created(`${base}/attributes`, { key: 'department', name: 'Department', type: 'text' });
    for (const [person, department] of [
      [blank, ''],
      [none, null],
      [sales, 'sales'],
    ] as const) {
      await created(`${base}/users`, { email: person.email, roles: ['clerk'], attributes: { department } });
    }
    await created(`${base}/collections`, { key: 'orders', name: 'Orders' });
    await created(`${base}/collections/orders/fields`, { name: 'title', type: 'text' });
    await created(`${base}/rules`, {
      kind: 'grant',
      name: 'Clerks read the orders of their department',
      collection: 'orders',
      to: { roles: ['clerk'] },
      actions: ['read'],
      condition: 'record.title == user.department',
    });
    for (const [name, title] of [
      ['blank', ''],
      ['untitled', null],
      ['sales', 'sales'],
    ] as const) {
      orders[name] = (await created(records, { values: { title } })).id;
    }
  });

  const listed = async (person: Person) => {
    const res = await person.client.get(`${records}?count=true`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: string }[]; count: number };
  };

  it('shows a user whose department is "" no order, like a user whose department is null', async () => {
    for (const person of [blank, none]) {
      expect(await listed(person), person.email).toEqual(expect.objectContaining({ items: [], count: 0 }));
      for (const id of Object.values(orders)) {
        expect((await person.client.get(`${records}/${id}`)).statusCode, person.email).toBe(404);
      }
    }
    const own = await listed(sales);
    expect(own.items.map((i) => i.id)).toEqual([orders.sales]);
  });

  it('has explain name the empty department', async () => {
    const res = await owner.client.post(`${base}/access/explain`, {
      user: blank.email,
      action: 'read',
      collection: 'orders',
      record: orders.blank,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().record).toMatchObject({ allowed: false, agrees: true });
    expect(res.json().record.reasons).toEqual([
      'role:clerk: grant "Clerks read the orders of their department" did not hold (unknown: user.department is empty)',
    ]);
  });
});
