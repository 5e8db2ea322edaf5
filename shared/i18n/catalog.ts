import type zhCN from './zh-CN';

/** Same shape as zh-CN with every leaf a string: other catalogs are checked against it by the compiler. */
export type Catalog<T = typeof zhCN> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
