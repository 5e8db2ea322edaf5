import type { Catalog } from '../catalog';
import type zh from '../zh-CN/app';

const app: Catalog<typeof zh> = {
  name: 'Qingzheng',
  tagline: 'Case management for name clearing and fault tolerance',
};
export default app;
