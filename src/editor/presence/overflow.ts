// A room can hold thirty laptops; the toolbar has room for a handful of chips. The first few
// stay visible (the person I follow always among them, so its pressed "Följ" is in sight) and
// the rest sit behind a "+N" menu that still lets me follow any of them.

/** How many people the toolbar shows before the rest go behind "+N". */
export const CHIPS_SHOWN = 4;

export function splitRoster<P extends { clientId: number }>(
  people: readonly P[],
  following: number | null,
  max = CHIPS_SHOWN,
): { shown: P[]; rest: P[] } {
  if (people.length <= max + 1) return { shown: [...people], rest: [] };
  const shown = people.slice(0, max);
  const followed = people.find((p) => p.clientId === following);
  if (followed && !shown.includes(followed)) shown[max - 1] = followed;
  return { shown, rest: people.filter((p) => !shown.includes(p)) };
}
