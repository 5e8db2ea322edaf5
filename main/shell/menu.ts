import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The smallest menu that keeps the keyboard working: Edit roles give copy/paste/undo their accelerators
 * (on macOS they exist only through the menu). Reload and DevTools appear in development only; a packaged
 * build offers no way into the page's console.
 */
export function menuTemplate(isDevelopment: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ];
  if (isDevelopment) {
    view.push({ type: 'separator' }, { role: 'reload', label: '重新载入' }, { role: 'toggleDevTools', label: '开发者工具' });
  }
  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图', submenu: view },
  ];
}

export function installMenu(isDevelopment: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(isDevelopment)));
}
