import { emptyNewUserForm, newUserInput, newUserProblems, type NewUserForm } from './new-user-form';

const valid: NewUserForm = { username: 'e2e.newuser', displayName: '新审计', role: 'auditor', regionCode: '390100' };

describe('newUserProblems', () => {
  it('finds none in a complete form', () => {
    expect(newUserProblems(valid)).toEqual([]);
  });

  it('lists every missing field of an empty form, in field order', () => {
    expect(newUserProblems(emptyNewUserForm(null))).toEqual([
      'admin.form.problem.username',
      'admin.form.problem.displayName',
      'admin.form.problem.region',
    ]);
  });

  it('takes a username of 3 characters but not 2, nor one starting with a dot', () => {
    expect(newUserProblems({ ...valid, username: 'abc' })).toEqual([]);
    expect(newUserProblems({ ...valid, username: 'ab' })).toEqual(['admin.form.problem.username']);
    expect(newUserProblems({ ...valid, username: '.abc' })).toEqual(['admin.form.problem.username']);
    expect(newUserProblems({ ...valid, username: 'a'.repeat(64) })).toEqual([]);
    expect(newUserProblems({ ...valid, username: 'a'.repeat(65) })).toEqual(['admin.form.problem.username']);
  });

  it('takes a name of 100 characters but not 101, nor one with angle brackets', () => {
    expect(newUserProblems({ ...valid, displayName: '名'.repeat(100) })).toEqual([]);
    expect(newUserProblems({ ...valid, displayName: '名'.repeat(101) })).toEqual(['admin.form.problem.displayName']);
    expect(newUserProblems({ ...valid, displayName: '<b>李</b>' })).toEqual(['admin.form.problem.displayName']);
    expect(newUserProblems({ ...valid, displayName: '   ' })).toEqual(['admin.form.problem.displayName']);
  });
});

describe('newUserInput', () => {
  it('sends the fields trimmed', () => {
    expect(newUserInput({ ...valid, username: ' e2e.newuser ', displayName: ' 新审计 ' })).toEqual({
      username: 'e2e.newuser',
      displayName: '新审计',
      role: 'auditor',
      regionCode: '390100',
    });
  });
});
