/**
 * The correction plan a completed assessment generates for a Basic+ user: p1 (root cause candidates) are the areas
 * the assessment found, p2 (consequence patterns) the areas of the previous active plan not found again; one exercise
 * per area from the catalog ("must" for p1, "should" for p2); two phases (mobility on the musts, then stability on
 * all). The version is one more than the user's last plan version.
 */
type Rec = Record<string, unknown>;

const CATALOG: Record<string, { exercise_id: string; name: string }> = {
  ankle: { exercise_id: 'ex_calf_stretch', name: 'Calf stretch' },
  knee: { exercise_id: 'ex_split_squat', name: 'Split squat' },
  hip: { exercise_id: 'ex_glute_bridge', name: 'Glute bridge' },
  core: { exercise_id: 'ex_dead_bug', name: 'Dead bug' },
  thoracic_spine: { exercise_id: 'ex_thoracic_rotation', name: 'Thoracic rotation' },
  shoulder: { exercise_id: 'ex_wall_slide', name: 'Wall slide' },
};

export const MAX_PROBLEM_AREAS = 10;

function unique(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}

function exerciseFor(area: string, priority: string): Rec {
  const known = CATALOG[area];
  const id = known ? known.exercise_id : `ex_mobility_${area}`;
  const name = known ? known.name : `${area} mobility drill`;
  return { exercise_id: id, name, description: `${name}: 3 sets of 10, slow and controlled.`, priority, problem_area: area };
}

export function problemAreasOf(result: Rec | null | undefined): string[] {
  const areas = (result && (result.problem_areas as string[] | null)) || [];
  return unique(areas.map((a) => a.trim().toLowerCase()).filter((a) => a !== ''));
}

/** The new plan (as stored) for `userId`, replacing `previous` (the user's active plan, or null). */
export function buildPlan(userId: string, planId: string, tier: string, testId: number, areas: string[], previous: Rec | null, lastVersion: number, now: string): Rec {
  const prevAreas = previous ? (previous.problem_areas as { p1?: string[]; p2?: string[] }) : {};
  const p1 = unique(areas);
  const p2 = unique((prevAreas.p1 ?? []).concat(prevAreas.p2 ?? [])).filter((a) => p1.indexOf(a) < 0);
  const exercises = p1.map((a) => exerciseFor(a, 'must')).concat(p2.map((a) => exerciseFor(a, 'should')));
  const ids = unique(exercises.map((e) => e.exercise_id as string));
  const mustIds = unique(exercises.filter((e) => e.priority === 'must').map((e) => e.exercise_id as string));
  const previousTests = previous ? ((previous.based_on_tests as number[]) ?? []) : [];
  return {
    user_id: userId,
    plan_id: planId,
    tier,
    is_active: true,
    active_user_id: userId,
    based_on_tests: [testId].concat(previousTests.filter((t) => t !== testId)).slice(0, 15),
    problem_areas: { p1, p2 },
    exercises,
    phases: [
      { phase_id: 'phase_1', duration_weeks: 2, focus: 'mobility', exercises: mustIds },
      { phase_id: 'phase_2', duration_weeks: 4, focus: 'stability', exercises: ids },
    ],
    created_at: now,
    updated_at: now,
    version: lastVersion + 1,
  };
}
