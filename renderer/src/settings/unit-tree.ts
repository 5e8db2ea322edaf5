import type { Unit } from '../../../shared/ipc/users.contract';

export interface UnitNode {
  key: number;
  value: number;
  title: string;
  children: UnitNode[];
}

/** The flat unit list as a tree for antd Tree and TreeSelect; orphans (parent not listed) become roots. */
export function unitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<number, UnitNode>(units.map((u) => [u.id, { key: u.id, value: u.id, title: u.name, children: [] }]));
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
