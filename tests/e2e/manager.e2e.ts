import { describe, expect, it } from 'vitest';
import { apiAs, pick, save, typeDate, typeInto, waitForLoaded } from './antd';
import { startJourney } from './browser';

/** The Shanghai month after this one, `YYYY-MM`. */
function nextMonth(): string {
  const now = new Date(Date.now() + 8 * 3600_000);
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 7);
}

/**
 * The manager (limited to the first branch) configures the records others work with: a new
 * employee and their team, an appraisal rule's points, a complaint deadline.
 */
describe('a manager', () => {
  it('creates an employee and a team, edits an appraisal rule and a complaint deadline', async () => {
    const j = await startJourney('manager', 'manager');
    const { page, baseURL } = j;
    const get = await apiAs(baseURL, 'admin');
    const stamp = Date.now().toString().slice(-6);
    await j.shot('home');

    // a new employee
    await page.goto(`${baseURL}/employees/create`);
    await typeInto(page, '工号', `E2E${stamp}`);
    const name = `林晓雨${stamp}`; // unique, so a second run on the same database picks this one
    await typeInto(page, '姓名', name);
    await pick(page, '性别', '女');
    await pick(page, '所属机构');
    await pick(page, '部门');
    await typeInto(page, '岗位', '产后修复师');
    await pick(page, '考核类别');
    await typeDate(page, '入职日期', '2026-11-02');
    await j.shot('employee-form');
    expect(await save(page)).toBe(201);
    await page.waitForURL(/\/employees\/show\/\d+/);
    await page.getByText(name).first().waitFor();
    await j.shot('employee-created');
    const [employee] = await get<{ id: number; name: string; branchId: number }[]>(
      `/employees?employeeNo=E2E${stamp}`,
    );
    expect(employee.name).toBe(name);

    // a team led by them
    await page.goto(`${baseURL}/teams/create`);
    await pick(page, '所属机构');
    await typeInto(page, '小组名称', `修复${stamp}组`);
    await pick(page, '组长', name, name);
    await j.shot('team-form');
    expect(await save(page)).toBe(201);
    await page.waitForURL(/\/teams\/show\/\d+/);
    await j.shot('team-created');
    const [team] = await get<{ leaderId: number }[]>(`/teams?name=修复${stamp}组`);
    expect(team.leaderId).toBe(employee.id);

    // an appraisal rule's points
    const [rule] = await get<{ id: number; points: number }[]>('/appraisal-rules?code=L01');
    await page.goto(`${baseURL}/appraisal-rules/edit/${rule.id}`);
    await waitForLoaded(page, '每次得分');
    await typeInto(page, '每次得分', String(rule.points + 1));
    // a change of points applies from a month not yet settled: next month
    await typeDate(page, '生效月份', nextMonth());
    await j.shot('rule-form');
    expect(await save(page, 'PATCH')).toBe(200);
    await page.waitForURL(/\/appraisal-rules(\/show\/\d+)?$/);
    const edited = await get<{ points: number }>(`/appraisal-rules/${rule.id}`);
    expect(edited.points).toBe(rule.points + 1);

    // a complaint deadline
    const [deadline] = await get<{ id: number; respondHours: number }[]>(
      '/complaint-deadlines?severity=minor',
    );
    await page.goto(`${baseURL}/complaint-deadlines/edit/${deadline.id}`);
    await waitForLoaded(page, '响应时限（小时）');
    await typeInto(page, '响应时限（小时）', String(deadline.respondHours + 1));
    expect(await save(page, 'PATCH')).toBe(200);
    await j.shot('deadline-saved');
    const after = await get<{ respondHours: number }>(`/complaint-deadlines/${deadline.id}`);
    expect(after.respondHours).toBe(deadline.respondHours + 1);

    await j.finish();
  });
});
