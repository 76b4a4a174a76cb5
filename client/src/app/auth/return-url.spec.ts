import { testUser } from './testing/test-user';
import { landingUrl, safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path of this app with its query and fragment', () => {
    expect(safeReturnUrl('/overview')).toBe('/overview');
    expect(safeReturnUrl('/alerts?region=390100&year=2026#list')).toBe('/alerts?region=390100&year=2026#list');
  });

  it('refuses anything that would leave the app', () => {
    for (const value of [
      'https://evil.example/overview',
      '//evil.example/overview',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'javascript:alert(1)',
      'overview',
      ' /overview',
    ]) {
      expect(safeReturnUrl(value)).withContext(JSON.stringify(value)).toBeNull();
    }
  });

  it('refuses the sign-in pages themselves, which would loop', () => {
    expect(safeReturnUrl('/login')).toBeNull();
    expect(safeReturnUrl('/login?returnUrl=%2Foverview')).toBeNull();
    expect(safeReturnUrl('/password')).toBeNull();
    expect(safeReturnUrl('/passwords')).toBe('/passwords');
  });

  it('treats a missing value as none', () => {
    expect(safeReturnUrl(null)).toBeNull();
    expect(safeReturnUrl(undefined)).toBeNull();
    expect(safeReturnUrl('')).toBeNull();
  });
});

describe('landingUrl', () => {
  it('goes back to the page asked for', () => {
    expect(landingUrl(testUser('deputy'), '/debt?year=2026')).toBe('/debt?year=2026');
  });

  it('opens the role’s first section without a safe page to go back to', () => {
    expect(landingUrl(testUser('deputy'), null)).toBe('/overview');
    expect(landingUrl(testUser('staff'), 'https://evil.example')).toBe('/overview');
  });

  it('sends a user who must change the password to the password page, keeping the page asked for', () => {
    const user = { ...testUser('staff'), mustChangePassword: true };
    expect(landingUrl(user, '/ingest')).toBe('/password?returnUrl=%2Fingest');
    expect(landingUrl(user, '//evil.example')).toBe('/password');
  });
});
