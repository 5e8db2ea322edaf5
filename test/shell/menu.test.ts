import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const { installMenu, menuTemplate } = await import('../../main/shell/menu');

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [String(item.role).toLowerCase()] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('the application menu', () => {
  it('offers no DevTools and no reload in a packaged build', () => {
    const packaged = roles(menuTemplate(false));
    expect(packaged).not.toContain('toggledevtools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forcereload');
  });

  it('keeps copy, paste and undo working, and quitting', () => {
    expect(roles(menuTemplate(false))).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectall']));
  });

  it('adds DevTools for developers only', () => {
    expect(roles(menuTemplate(true))).toContain('toggledevtools');
  });

  it('is installed as the application menu', () => {
    installMenu(false);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});
