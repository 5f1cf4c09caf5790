/** Numbers node ids in order of first appearance. */
export function createIdIndex(): { ids: string[]; indexOf: Map<string, number>; add: (id: string) => number } {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const add = (id: string) => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = ids.length;
      indexOf.set(id, i);
      ids.push(id);
    }
    return i;
  };
  return { ids, indexOf, add };
}
