import type { ComponentType, ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import type { Permission } from '../../shared/roles';

/** What a page file tells the frame about itself, next to its component. */
export interface PageMeta {
  /** Catalog key of the page title (menu label and header). */
  title: ParseKeys;
  icon?: ReactNode;
  /** Position in the side menu; pages without it are reached by navigation only (e.g. a case's detail). */
  menuOrder?: number;
  /** Users without it see neither the menu entry nor the page. */
  permission?: Permission;
}

export interface PageModule {
  default: ComponentType;
  page: PageMeta;
}

export interface Page extends PageMeta {
  id: string;
  Component: ComponentType;
}

/**
 * Every `pages/<id>.page.tsx` is a page: adding a page is adding one file, with no list to edit here.
 * The id is the file name without `.page.tsx`.
 */
const modules = import.meta.glob<PageModule>('./pages/*.page.tsx', { eager: true });

export const pages: Page[] = Object.entries(modules)
  .map(([path, mod]) => ({
    id: path.replace(/^\.\/pages\//, '').replace(/\.page\.tsx$/, ''),
    Component: mod.default,
    ...mod.page,
  }))
  .sort((a, b) => (a.menuOrder ?? Infinity) - (b.menuOrder ?? Infinity) || a.id.localeCompare(b.id));

export function findPage(id: string | null): Page | undefined {
  return pages.find((p) => p.id === id);
}
