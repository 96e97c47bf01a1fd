// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeProvider, renderApp, showTables } from './harness';

/**
 * Two editors of one record in the console (issue 7, point 5): a save refused with 409 keeps
 * what was typed and offers to reload the latest version or to overwrite it knowingly.
 */

type Tables = ReturnType<typeof showTables>;

/** The tables with THING at version 2, and an update that refuses version 2 (someone saved 3). */
function editedElsewhere() {
  const tables: Tables = showTables();
  tables.things = tables.things.map((t) => ({ ...t, version: 2 }));
  const fake = fakeProvider(tables, {
    update: async (params) => {
      fake.calls.push({ method: 'update', params: params as unknown as Record<string, unknown> });
      const sent = (params.variables as { version?: number }).version;
      if (sent !== 3) throw { statusCode: 409, message: '此记录已被他人修改', currentVersion: 3 };
      return { data: { id: params.id, ...(params.variables as object) } as never };
    },
  });
  return { tables, ...fake };
}

const nameInput = () => screen.getByLabelText('名称') as HTMLInputElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: /save|保\s*存/i }));

async function typeAndSave(value: string) {
  await waitFor(() => expect(nameInput().value).toBe('甲'));
  fireEvent.change(nameInput(), { target: { value } });
  save();
}

describe('a save refused because someone else saved first', () => {
  // Slow on a busy machine: a whole edit page renders, saves twice.
  it(
    'keeps what was typed and overwrites knowingly with the current version',
    { timeout: 90_000 },
    async () => {
      const { provider, of } = editedElsewhere();
      renderApp('/things/edit/11', provider);
      await typeAndSave('甲改');
      const alert = await screen.findByText('此记录已被他人修改', undefined, { timeout: 30_000 });
      expect(of('update')).toHaveLength(1);
      expect(of('update')[0].params.variables).toMatchObject({ name: '甲改', version: 2 });
      // nothing typed is lost while the user decides
      expect(nameInput().value).toBe('甲改');
      const box = alert.closest('[role="alert"]') as HTMLElement;
      fireEvent.click(within(box).getByRole('button', { name: /确认覆盖/ }));
      await waitFor(() => expect(of('update')).toHaveLength(2));
      expect(of('update')[1].params.variables).toMatchObject({ name: '甲改', version: 3 });
      // saved: on to the show page, as any successful edit
      await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/things/show/11'), {
        timeout: 20_000,
      });
    },
  );

  it(
    'reloads the latest version instead, dropping the edit and sending nothing',
    { timeout: 90_000 },
    async () => {
      const { provider, of, tables } = editedElsewhere();
      renderApp('/things/edit/11', provider);
      await typeAndSave('甲改');
      const alert = await screen.findByText('此记录已被他人修改', undefined, { timeout: 30_000 });
      // what the other editor saved
      tables.things = tables.things.map((t) => ({ ...t, name: '乙方的改动', version: 3 }));
      const box = alert.closest('[role="alert"]') as HTMLElement;
      fireEvent.click(within(box).getByRole('button', { name: /刷新为最新内容/ }));
      await waitFor(() => expect(nameInput().value).toBe('乙方的改动'));
      expect(screen.queryByText('此记录已被他人修改')).toBeNull();
      expect(of('update')).toHaveLength(1);
      // a save now is based on the reloaded version
      fireEvent.change(nameInput(), { target: { value: '乙方的改动再改' } });
      save();
      await waitFor(() => expect(of('update')).toHaveLength(2));
      expect(of('update')[1].params.variables).toMatchObject({ name: '乙方的改动再改', version: 3 });
    },
  );
});
